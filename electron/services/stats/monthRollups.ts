import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { openJsonStore, type JsonStore, type StoreContext } from '../store/jsonStore';
import { DayRollup, createFolder } from './dayRollup';
import type { EventLog } from './eventLog';

/**
 * One roll-up file per month, `stats/rollups/YYYY-MM.json`: the month's days folded from the first
 * `bytes` bytes of its raw log. Bringing it up to date reads only what was appended since, so a
 * report of a closed month reads nothing and the current month only its newest lines. After
 * retention removes the raw file (`rawPruned`), the roll-up is what remains.
 */
export const MonthRollupFile = z.object({
  version: z.literal(1),
  month: z.string().regex(/^\d{4}-\d{2}$/),
  bytes: z.number().int().nonnegative(),
  unreadableLines: z.number().int().nonnegative(),
  rawPruned: z.boolean(),
  days: z.record(z.string(), DayRollup),
});
export type MonthRollupFile = z.infer<typeof MonthRollupFile>;

export interface MonthFigures {
  days: Readonly<Record<string, DayRollup>>;
  unreadableLines: number;
  rawPruned: boolean;
}

const fresh = (month: string): MonthRollupFile => ({ version: 1, month, bytes: 0, unreadableLines: 0, rawPruned: false, days: {} });

export function createMonthRollups(options: { folder: string; log: EventLog; now: () => Date; stores: StoreContext }) {
  const stores = new Map<string, Promise<JsonStore<MonthRollupFile>>>();
  // One refresh at a time: two reports at once must not fold the same bytes twice.
  let queue: Promise<unknown> = Promise.resolve();

  const storeFor = (month: string) => {
    let store = stores.get(month);
    if (!store) {
      store = openJsonStore({ path: join(options.folder, `${month}.json`), schema: MonthRollupFile, defaults: () => fresh(month), now: options.now, ...options.stores });
      stores.set(month, store);
      store.catch(() => stores.delete(month));
    }
    return store;
  };

  const exists = (path: string) => access(path).then(() => true, () => false);

  async function refresh(month: string): Promise<MonthFigures> {
    // A month with neither a raw log nor a roll-up (before the kiosk, or in the future) is empty: leave no file for it.
    if (!stores.has(month) && (await options.log.size(month)) < 0 && !(await exists(join(options.folder, `${month}.json`)))) {
      return { days: {}, unreadableLines: 0, rawPruned: false };
    }
    const store = await storeFor(month);
    let data = store.data();
    const size = data.rawPruned ? -1 : await options.log.size(month);
    let partialTail = false;
    if (size >= 0 && size !== data.bytes) {
      // Folded on a copy: the roll-up in memory changes only once the new one is on disk.
      const next = size < data.bytes ? fresh(month) : structuredClone(data); // a shorter raw file was replaced (restore): fold it again
      const days = new Map(Object.entries(next.days));
      const folder = createFolder(days);
      const read = await options.log.readLines(month, next.bytes, folder.fold);
      partialTail = read.partialTail;
      if (read.end !== data.bytes) {
        next.days = Object.fromEntries([...days].sort(([a], [b]) => a.localeCompare(b)));
        next.bytes = read.end;
        next.unreadableLines += folder.unreadable();
        await store.commit(() => next);
        data = next;
      }
    }
    // A torn tail not yet closed by the next append is counted now, folded as unreadable later.
    return { days: data.days, unreadableLines: data.unreadableLines + (partialTail ? 1 : 0), rawPruned: data.rawPruned };
  }

  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const done = queue.then(work);
    queue = done.catch(() => {});
    return done;
  };

  return {
    /** The month's figures, brought up to date with its raw log. */
    month: (month: string) => serial(() => refresh(month)),

    /** Resolves when no refresh is running or queued. */
    idle: () => serial(async () => {}),

    /** Folds what is left of a month's raw log and marks it pruned; the caller then removes the raw file. */
    seal: (month: string) => serial(async () => {
      await refresh(month);
      const store = await storeFor(month);
      await store.commit((current) => ({ ...current, rawPruned: true }));
    }),
  };
}
export type MonthRollups = ReturnType<typeof createMonthRollups>;
