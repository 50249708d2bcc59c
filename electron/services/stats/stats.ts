import { join } from 'node:path';
import type { Clock, Log } from '../runtime';
import { bangkokDateOf, monthsBetween } from '../../contract/thaiCalendar';
import { addDay, emptyDay, type DayRollup } from './dayRollup';
import { openEventLog, type EventLog } from './eventLog';
import { createMonthRollups } from './monthRollups';
import type { StoreContext } from '../store/jsonStore';
import { createRecorder, type CountFound, type KnownItems } from './recorder';
import type { VisitLimits } from './visitBudget';
import type { AskedQueries } from './askedQueries';
import { notHolderError } from '../store/saveError';

/**
 * The roll-up of the month being written is brought up to date in the background every so many
 * appends, so a report (or the first one after a restart) folds at most this many raw lines.
 */
const CATCH_UP_EVERY = 2000;

export interface PeriodFigures {
  /** Every day of the range with its figures (empty days included), in order. */
  days: { day: string; figures: DayRollup }[];
  /** All days added together. */
  total: DayRollup;
  unreadableLines: number;
  prunedDays: number;
}

/**
 * Visit statistics: the recorder appends to `stats/events-YYYY-MM.ndjson`; the roll-ups in
 * `stats/rollups/` answer the reports. The on-disk format is documented in README.md ("Visit statistics on disk").
 */
export async function openStats(options: { dataDir: string; clock: Clock; log: Log; retentionYears: () => number; stores: StoreContext; limits?: VisitLimits; knows: KnownItems; countFound?: CountFound; asked?: AskedQueries }) {
  const folder = join(options.dataDir, 'stats');
  const log = await openEventLog(folder);
  const rollups = createMonthRollups({ folder: join(folder, 'rollups'), log, now: options.clock.now, stores: options.stores });
  let sinceCatchUp = 0;
  const recordingLog: EventLog = {
    ...log,
    async append(month, line) {
      if (!options.stores.owner) throw notHolderError(); // a process not holding the folder writes nothing to it
      await log.append(month, line);
      if (++sinceCatchUp < CATCH_UP_EVERY) return;
      sinceCatchUp = 0;
      void rollups.month(month).catch((error: unknown) => options.log.warn('usage roll-up catch-up failed', { month, error: String(error) }));
    },
  };
  const recorder = createRecorder({ log: recordingLog, clock: options.clock, logger: options.log, limits: options.limits, knows: options.knows, countFound: options.countFound, asked: options.asked });
  await recorder.restore();

  return {
    visitStart: recorder.visitStart,
    record: recorder.record,
    visitEnd: recorder.visitEnd,
    survey: recorder.survey,
    formFiled: recorder.formFiled,

    /** Figures of each Bangkok day from `from` to `to` inclusive (`yyyy-mm-dd`). */
    async figures(from: string, to: string): Promise<PeriodFigures> {
      await recorder.flushRefused().catch((error: unknown) => options.log.warn('refused count not written', { error: String(error) }));
      await log.idle(); // count what was recorded before the question
      const total = emptyDay();
      const days: PeriodFigures['days'] = [];
      let unreadableLines = 0;
      let prunedDays = 0;
      for (const month of monthsBetween(from, to)) {
        const figures = await rollups.month(month);
        unreadableLines += figures.unreadableLines;
        const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
        for (let d = 1; d <= last; d++) {
          const day = `${month}-${String(d).padStart(2, '0')}`;
          if (day < from || day > to) continue;
          const found = figures.days[day];
          const copy = emptyDay();
          if (found) addDay(copy, found);
          addDay(total, copy);
          days.push({ day, figures: copy });
          if (figures.rawPruned) prunedDays++;
        }
      }
      return { days, total, unreadableLines, prunedDays };
    },

    /**
     * Removes raw monthly logs older than the retention (settings `stats.retentionYears`), after
     * folding what is left of them into their roll-ups, which are kept. Returns the months removed.
     */
    async prune(now: Date): Promise<string[]> {
      const years = options.retentionYears();
      const today = bangkokDateOf(now.getTime());
      const cutoffMonth = `${String(Number(today.slice(0, 4)) - years).padStart(4, '0')}${today.slice(4, 7)}`;
      const removed: string[] = [];
      for (const month of await log.months()) {
        if (month >= cutoffMonth || month >= today.slice(0, 7)) continue;
        await rollups.seal(month);
        await log.remove(month);
        removed.push(month);
      }
      if (removed.length) options.log.info('usage log pruned', { months: removed, retentionYears: years });
      return removed;
    },

    /** Visits the recorder keeps open (for tests and support). */
    openVisits: recorder.openVisits,

    async close() {
      await recorder.flushRefused().catch(() => {});
      await log.close();
      await rollups.idle();
    },
  };
}
export type StatsService = Awaited<ReturnType<typeof openStats>>;
