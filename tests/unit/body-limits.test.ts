import { describe, expect, it } from 'vitest';
import { contract, type InputOf, type MethodName } from '../../electron/contract/index';

/** The longest text a field takes, in Thai (3 bytes a character in UTF-8: the realistic worst case). */
const thai = (length: number) => 'ก'.repeat(length);
const bilingual = (th: number, en: number) => ({ th: thai(th), en: thai(en) });

function fits<M extends MethodName>(name: M, input: InputOf<M>) {
  const parsed = contract[name].input.safeParse(input);
  expect(parsed.success, `${name}: the test's input is not valid: ${parsed.error?.message.slice(0, 300)}`).toBe(true);
  const bytes = Buffer.byteLength(JSON.stringify(input));
  expect(bytes, `${name}: the longest valid input (${bytes} bytes) must fit its body limit`).toBeLessThanOrEqual(contract[name].maxBodyBytes);
}

describe('body limits fit the longest valid input (so budgets never refuse honest staff work)', () => {
  it('documents.save', () => {
    fits('documents.save', {
      id: 'x'.repeat(64), title: bilingual(2000, 2000), category: 's9-1', published: '2026-11-21', unit: thai(300),
      keywords: Array.from({ length: 50 }, () => thai(100)), summary: bilingual(20000, 20000), body: thai(200000),
      url: `https://example.org/${'a'.repeat(1900)}`, reviewBy: '2027-11-21', paperLocation: thai(200), expectedUpdatedAt: 'x'.repeat(40),
    });
  });

  it('standards.save', () => {
    const b = () => bilingual(2000, 2000);
    fits('standards.save', {
      id: 'x'.repeat(64), title: b(), description: bilingual(20000, 20000),
      steps: Array.from({ length: 50 }, () => ({ text: b(), minutes: 60, unit: thai(300), recurring: false })),
      fees: Array.from({ length: 30 }, () => ({ label: b(), baht: 1000 })),
      documents: Array.from({ length: 50 }, b), channels: Array.from({ length: 20 }, b),
      unit: thai(300), keywords: Array.from({ length: 50 }, () => thai(100)), expectedUpdatedAt: 'x'.repeat(40),
    });
  });

  it('settings.update', () => {
    const b = () => bilingual(2000, 2000);
    fits('settings.update', {
      agency: { name: b(), shortName: b() },
      centre: {
        name: b(), hours: b(), location: b(), executive: b(), staff: Array.from({ length: 20 }, b), phone: '0'.repeat(100),
        requestInfo: b(), complaintChannels: Array.from({ length: 20 }, b),
      },
      kiosk: { idleSeconds: 90, countdownSeconds: 10, qrBaseUrl: `https://example.org/${'a'.repeat(400)}`, allowPrint: true, surveyEnabled: true, copyFeeBaht: 1, certifiedCopyFeeBaht: 5 },
      stats: { retentionYears: 5 },
    });
  });

  it('a citizen\'s calls at their longest', () => {
    fits('search.query', { q: thai(200), group: 'procurement', category: 's9-1', year: 2026, sort: 'newest', kind: 'document', limit: 100, offset: 10000 });
    fits('stats.record', { visitId: '6f1c2a4e-8b7d-4c3a-9e2f-1a2b3c4d5e6f', event: { type: 'search', query: thai(200), resultCount: 1_000_000, group: 'procurement', year: 2026 } });
  });
});
