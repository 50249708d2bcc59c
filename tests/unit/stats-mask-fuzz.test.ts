import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootKiosk, type Kiosk } from '../../electron/boot';
import { maskPersonalNumbers } from '../../electron/services/stats/mask';
import { personalNumberSpellings } from './personal-number-spellings';
import { fixedClock, tempDir } from './support';
import { askedFirst, catalogueHolds } from './stats-replay';

/*
 * Thousands of seeded spellings of ID and phone numbers (MASK_SEED to change): none may reach the
 * usage log with a digit left. Every digit of the number must become `#`.
 */
const seed = Number(process.env.MASK_SEED ?? 20261212) >>> 0;
const anyDigit = /\p{Nd}/u;

describe(`masking survives real typing (seed ${seed}; MASK_SEED to change)`, () => {
  it('masks every digit of 5,000 spellings', () => {
    const leaks = personalNumberSpellings(seed, 5000)
      .map((s) => ({ ...s, stored: maskPersonalNumbers(s.text) }))
      .filter((s) => anyDigit.test(s.stored));
    expect(leaks.slice(0, 10).map((l) => `${l.kind} ${JSON.stringify(l.text)} -> ${JSON.stringify(l.stored)}`)).toEqual([]);
  });

  describe('through the dispatcher into the log on disk', () => {
    let dir: Awaited<ReturnType<typeof tempDir>>;
    let kiosk: Kiosk;
    const clock = fixedClock('2026-11-02T02:00:00Z');
    beforeAll(async () => {
      dir = await tempDir();
      kiosk = await bootKiosk({ dataDir: dir.path, clock });
      await catalogueHolds(kiosk, ['doc-1']);
    });
    afterAll(async () => { await kiosk.services.stats.close(); await dir.remove(); });

    it('no spelling is written with a digit left, in searches (no result ones too) and opened results', { timeout: 60_000 }, async () => {
      const spellings = personalNumberSpellings(seed ^ 0x5eed, 300);
      for (const [i, s] of spellings.entries()) {
        clock.advance(3 * 60_000); // one visitor every few minutes, as at a real kiosk
        const visitId = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
        const query = s.text.slice(0, 200);
        for (const [method, input] of [
          ['stats.visitStart', { visitId, language: 'th' }],
          ['stats.record', { visitId, event: { type: 'search', query, resultCount: 0 } }],
          ['stats.record', { visitId, event: { type: 'resultOpened', query, documentId: 'doc-1' } }],
        ] as const) {
          await askedFirst(kiosk, method, input);
          const result = await kiosk.dispatch(method, input, { transport: 'test' });
          expect(result.ok, `${method} ${JSON.stringify(query)}: ${JSON.stringify(result)}`).toBe(true);
        }
      }
      const folder = join(dir.path, 'stats');
      const queries: string[] = [];
      for (const file of (await readdir(folder)).filter((f) => f.endsWith('.ndjson'))) {
        for (const line of (await readFile(join(folder, file), 'utf8')).trimEnd().split('\n')) {
          const { query } = JSON.parse(line) as { query?: string };
          if (query !== undefined) queries.push(query);
        }
      }
      expect(queries.length).toBe(spellings.length * 2);
      expect(queries.filter((q) => anyDigit.test(q)).slice(0, 10)).toEqual([]);
    });
  });
});
