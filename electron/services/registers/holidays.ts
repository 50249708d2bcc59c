import { join } from 'node:path';
import { z } from 'zod';
import { StoredHoliday, type HolidayImportAnswer } from '../../contract/registers';
import { KioskError } from '../../contract/result';
import { thaiDateLongText } from '../../contract/thaiCalendar';
import type { Holiday } from '../../contract/workingDays';
import type { Clock } from '../runtime';
import { openJsonStore, type StoreContext } from '../store/jsonStore';
import { saveError } from '../store/saveError';
import { parseHolidayFile } from './holidayFile';
import { shippedHolidays } from './thaiHolidays';

export const HolidaysFile = z.object({ version: z.literal(1), holidays: z.array(StoredHoliday) });
type HolidaysFile = z.infer<typeof HolidaysFile>;

const byDate = (a: Holiday, b: Holiday) => a.date.localeCompare(b.date);
const yearOf = (h: Holiday) => Number(h.date.slice(0, 4));
const notSaved = { th: 'บันทึกตารางวันหยุดไม่สำเร็จ', en: 'Could not save the holiday table' };

/** The holiday table (holidays.json): seeded with the shipped Thai holidays, then the administrators' to keep. */
export async function openHolidays(options: { dataDir: string; clock: Clock; stores: StoreContext }) {
  const store = await openJsonStore<HolidaysFile>({
    path: join(options.dataDir, 'holidays.json'),
    schema: HolidaysFile,
    defaults: () => ({ version: 1, holidays: [...shippedHolidays] }),
    now: options.clock.now,
    ...options.stores,
  });
  const commit = async (next: (h: Holiday[]) => Holiday[]) => {
    try {
      await store.commit((data) => ({ ...data, holidays: next(data.holidays).sort(byDate) }));
    } catch (error) { throw saveError(error, notSaved); }
  };
  return {
    recovery: store.recovery,
    head: () => ({ store: store.name, auditSeq: store.auditSeq() }),
    all: (): readonly Holiday[] => store.data().holidays,
    list: (year?: number): Holiday[] => store.data().holidays.filter((h) => year === undefined || yearOf(h) === year),
    /**
     * Replaces the table for the years the file covers, all-or-nothing (a bad row throws before any
     * change). Holidays of those years that the file lacks go only with `replace`: a file of one
     * special day wiped the rest of its year, and every due date across them moved (outside trial).
     */
    async importFile(text: string, format: 'csv' | 'ics', replace = false, shown?: readonly string[]): Promise<HolidayImportAnswer> {
      const incoming = parseHolidayFile(text, format);
      const years = [...new Set(incoming.map(yearOf))].sort();
      const inFile = new Set(incoming.map((h) => h.date));
      const dropped = store.data().holidays.filter((h) => years.includes(yearOf(h)) && !inFile.has(h.date));
      // Confirmed on a screen: only what it showed may go (another administrator may have added a day since).
      const asShown = shown === undefined || (shown.length === dropped.length && dropped.every((h) => shown.includes(h.date)));
      if (dropped.length > 0 && (!replace || !asShown)) throw wouldRemove(dropped, incoming.length);
      const replaced = store.data().holidays.filter((h) => years.includes(yearOf(h))).length;
      await commit((current) => [...current.filter((h) => !years.includes(yearOf(h))), ...incoming]);
      return { years, holidays: incoming.length, replaced, removed: dropped.map((h) => h.date) };
    },
    async set(holiday: Holiday): Promise<Holiday[]> {
      await commit((current) => [...current.filter((h) => h.date !== holiday.date), holiday]);
      return store.data().holidays;
    },
    async remove(date: string): Promise<Holiday[]> {
      await commit((current) => current.filter((h) => h.date !== date));
      return store.data().holidays;
    },
  };
}
export type HolidaysService = Awaited<ReturnType<typeof openHolidays>>;

/** The refusal of an import that would remove holidays it does not list: which ones, and how to go on. */
function wouldRemove(dropped: readonly Holiday[], inFile: number): KioskError {
  const shown = dropped.slice(0, 3);
  const more = dropped.length - shown.length;
  const th = shown.map((h) => `${h.nameTh} (${thaiDateLongText(h.date)})`).join(', ') + (more > 0 ? ` และอีก ${more} วัน` : '');
  const en = shown.map((h) => `${h.nameEn ?? h.nameTh} (${h.date})`).join(', ') + (more > 0 ? ` and ${more} more` : '');
  return new KioskError('conflict', {
    th: `ไม่ได้นำเข้า: ไฟล์มีวันหยุด ${inFile} วัน แต่จะลบวันหยุดเดิมของปีเดียวกันที่ไม่มีในไฟล์อีก ${dropped.length} วัน: ${th} หากต้องการแทนที่ทั้งปีด้วยไฟล์นี้ ให้ยืนยันการแทนที่ (บนหน้าจอ: ปุ่ม "แทนที่ทั้งปี"; คำสั่ง CLI: --replace) หากต้องการเพิ่มเพียงบางวัน ให้ใช้ "เพิ่ม/แก้ไข"`,
    en: `Not imported: the file has ${inFile} holiday(s) but would also remove ${dropped.length} holiday(s) of the same year(s) that it does not list: ${en}. To replace those years with the file, confirm the replacement (on the screen: "Replace the year(s)"; the CLI: --replace); to add a day or two, use "Add/rename"`,
  }, { removes: dropped });
}
