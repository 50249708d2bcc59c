import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { centrePhoneLines, DEFAULT_PROCUREMENT_SUMMARY_DUE_DAYS, Settings } from '../../contract/settings';
import { canonical } from '../../contract/canonical';
import type { Clock } from '../runtime';
import { openJsonStore, type StoreContext } from '../store/jsonStore';
import { saveError } from '../store/saveError';

/** Neutral defaults for an agency that has not configured the kiosk yet. */
export const neutralSettings = (): Settings => ({
  agency: { name: { th: 'หน่วยงานของรัฐ', en: 'Government agency' }, shortName: { th: 'หน่วยงาน', en: 'Agency' }, procurementSummaryDueDays: DEFAULT_PROCUREMENT_SUMMARY_DUE_DAYS },
  centre: {
    name: { th: 'ศูนย์ข้อมูลข่าวสาร', en: 'Official Information Centre' },
    hours: { th: 'จันทร์–ศุกร์ 08.30–16.30 น.', en: 'Mon–Fri 08:30–16:30' },
    location: { th: 'โปรดสอบถามเจ้าหน้าที่', en: 'Please ask the staff' },
    executive: { th: 'ผู้บริหารหน่วยงาน', en: 'Head of agency' },
    staff: [],
    phone: '',
    requestInfo: {
      th: 'ยื่นคำขอข้อมูลข่าวสารตามมาตรา ๑๑ เป็นหนังสือต่อเจ้าหน้าที่ศูนย์ข้อมูลข่าวสาร โดยไม่ต้องแจ้งเหตุผล',
      en: 'Request information under Section 11 in writing at the centre desk; no reason is needed',
    },
    complaintChannels: [],
    referrals: [],
  },
  kiosk: { idleSeconds: 90, countdownSeconds: 10, allowPrint: false, surveyEnabled: true, copyFeeBaht: 1, certifiedCopyFeeBaht: 5 },
  stats: { retentionYears: 5 },
});

export async function openSettings(options: { dataDir: string; sampleDir?: string; clock: Clock; stores: StoreContext }) {
  const store = await openJsonStore({
    path: join(options.dataDir, 'settings.json'),
    schema: Settings,
    defaults: neutralSettings,
    now: options.clock.now,
    ...options.stores,
  });
  if (store.created && options.sampleDir) {
    const sample = await readFile(join(options.sampleDir, 'settings.json'), 'utf8').catch(() => undefined);
    if (sample) await store.seed(Settings.parse(JSON.parse(sample)));
  }
  return {
    recovery: store.recovery,
    head: () => ({ store: store.name, auditSeq: store.auditSeq() }),
    get: (): Settings => store.data(),
    /** The centre's phone lines, Thai and English: a PIN may be the digits of neither. */
    phoneLines: (): string[] => centrePhoneLines(store.data()),
    /** Citizens are served the new settings only once they are on disk. Settings as they were are not written again (`unchanged`). */
    async replace(next: Settings): Promise<{ before: Settings; after: Settings; unchanged?: true }> {
      const before = store.data();
      if (canonical(before) === canonical(next)) return { before, after: before, unchanged: true };
      try {
        await store.commit(() => next);
      } catch (error) {
        throw saveError(error, { th: 'บันทึกการตั้งค่าไม่สำเร็จ', en: 'Could not save the settings' });
      }
      return { before, after: next };
    },
  };
}
export type SettingsService = Awaited<ReturnType<typeof openSettings>>;
