import { join } from 'node:path';
import { z } from 'zod';
import { HolidayRow, type HolidayImportAnswer } from '../../contract/registers';
import type { Holiday } from '../../contract/workingDays';
import type { Clock } from '../runtime';
import { openJsonStore, type StoreContext } from '../store/jsonStore';
import { saveError } from '../store/saveError';
import { parseHolidayFile } from './holidayFile';
import { shippedHolidays } from './thaiHolidays';

export const HolidaysFile = z.object({ version: z.literal(1), holidays: z.array(HolidayRow) });
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
    /** Replaces the table for the years the file covers, all-or-nothing (a bad row throws before any change). */
    async importFile(text: string, format: 'csv' | 'ics'): Promise<HolidayImportAnswer> {
      const incoming = parseHolidayFile(text, format);
      const years = [...new Set(incoming.map(yearOf))].sort();
      const replaced = store.data().holidays.filter((h) => years.includes(yearOf(h))).length;
      await commit((current) => [...current.filter((h) => !years.includes(yearOf(h))), ...incoming]);
      return { years, holidays: incoming.length, replaced };
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
