import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Settings } from '../../electron/contract/settings';
import { arabicDigitsOf } from '../../electron/contract/thaiCalendar';
import { sampleDir } from '../../electron/paths';
import { defaultRegisterSettings } from '../../electron/services/registers/registers';

/*
 * One deadline promise on the request journey (outside tester: the centre page promised "ภายใน 15
 * วันนับแต่วันที่ได้รับคำขอ" while the receipt counted 15 working days). What the shipped sample
 * tells citizens about the answer to a Section 11 request names the clock the registers count by.
 */
describe('the answer deadline citizens are promised', () => {
  const clock = defaultRegisterSettings().request;
  const promises = (th: string, en: string) => {
    const thai = arabicDigitsOf(th);
    expect(thai).toContain(`ภายใน ${clock.days} วันทำการ`);
    expect(en).toContain(`within ${clock.days} working days`);
    // No answer counted in plain days beside it (the appeal's 15 days is the law's other clock).
    expect(thai).not.toMatch(/(?:แจ้งผล|ตอบ)ภายใน \d+ วัน(?!ทำการ)/);
    expect(en).not.toMatch(/answers? within \d+ days/);
  };

  it('is counted by the registers in working days', () => {
    expect(clock.unit).toBe('working');
  });

  it('the centre page (sample settings) says the same working days in Thai and English', async () => {
    const settings = Settings.parse(JSON.parse(await readFile(join(sampleDir(), 'settings.json'), 'utf8')));
    promises(settings.centre.requestInfo.th, settings.centre.requestInfo.en ?? '');
  });

  it('the sample service standard for requesting information says the same', async () => {
    const catalogue = JSON.parse(await readFile(join(sampleDir(), 'catalogue.json'), 'utf8')) as { services: { id: string; description: { th: string; en: string } }[] };
    const service = catalogue.services.find((s) => s.id === 'svc-info-request')!;
    promises(service.description.th, service.description.en);
  });
});
