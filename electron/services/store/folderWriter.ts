import { AsyncLocalStorage } from 'node:async_hooks';

/** A change to a store's state: takes the current state and answers the next one, never editing it in place. */
export type Mutation<T> = (current: T) => T;

/**
 * What a store gives the writer so a change can be staged, written and swapped in.
 * `persist` writes durably and leaves memory alone; `swap` makes the written state current;
 * `serial` runs one write of this store at a time.
 */
export interface WritableStore<T = unknown> {
  readonly name: string;
  current(): T;
  persist(next: T, auditSeq: number | undefined): Promise<void>;
  swap(next: T, auditSeq: number | undefined): void;
  serial<R>(job: () => Promise<R>): Promise<R>;
  /** About how many bytes `persist(next)` would write, for a store whose writes can be large (an import's bodies): checked against the free space before the unit's entry is sealed. */
  bytesToWrite?(next: T): number;
}

/** How a unit is audited: `seal` appends its entry before anything is written and answers its seq; `failed` records that a sealed unit could not be written. */
export interface UnitAudit {
  seal(stores: string[]): Promise<number | undefined>;
  failed(seq: number, stores: string[], error: unknown): Promise<void>;
}

interface StagedStore { base: unknown; view: unknown; mutations: Mutation<unknown>[] }
interface Unit {
  staged: Map<WritableStore, StagedStore>;
  after: (() => void | Promise<void>)[];
}

/** A unit's audit entry or store write failed: nothing of the call was applied. `cause` is the file system's error. */
export class UnitNotWritten extends Error {
  constructor(override readonly cause: unknown) { super(`not written: ${String(cause)}`); }
}

/** A unit writing at least this much is first checked against the disk's free space (smaller ones simply try). */
const CHECK_FROM_BYTES = 1 << 20;
/** Left free beyond what the unit writes: its audit entry, a store's temporary copy, the logs. */
const KEEP_FREE_BYTES = 4 << 20;

/** The disk's free space was checked before the unit's entry was sealed: too little for what it would write. */
const noRoomFor = (needed: number, free: number) =>
  Object.assign(new Error(`ENOSPC: ${needed} bytes to write and ${free} free on the data folder's disk`), { code: 'ENOSPC' });

/** Runs jobs one at a time, in call order; a failed job does not stop the next. */
export function createSerial() {
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  };
}

/** Writes a store's next state and then swaps it in: a failed write changes neither memory nor disk. */
function writeOne<T>(store: WritableStore<T>, next: (current: T) => T, auditSeq: number | undefined): Promise<void> {
  return store.serial(async () => {
    const value = next(store.current());
    await store.persist(value, auditSeq);
    store.swap(value, auditSeq);
  });
}

/**
 * The one write path of a data folder (house rule 9).
 *
 * A changing call runs as a *unit*, one unit at a time: what it commits is staged (the call
 * reads its own staged state, everyone else the committed one); when it returns, `seal` writes
 * its audit entry first, then each staged store is written durably, stamped with that entry's
 * seq, and only then swapped into memory. The order is deliberate: a kill after the seal leaves
 * an entry whose change is not on disk, which start-up finds by the stamp and records as not
 * applied (`staff/auditReconcile.ts`); the other order would leave changes nobody audited.
 *
 * A commit outside a unit (a sign-in's failure counter, a statistics roll-up) is written at its
 * store's turn without waiting for a unit's work; a unit's staged mutations are replayed on the
 * store's state at write time when such a commit came in between, so neither is lost.
 */
export function createFolderWriter(options: { freeBytes?: () => Promise<number | undefined> } = {}) {
  const context = new AsyncLocalStorage<Unit>();
  const units = createSerial();
  /** Sealed units whose write failed and whose "not applied" entry could not be written yet. */
  let unrecorded: (() => Promise<void>)[] = [];

  async function flush(unit: Unit, auditSeq: number | undefined): Promise<void> {
    for (const [store, staged] of unit.staged) {
      await writeOne(store, (current) => (current === staged.base ? staged.view : staged.mutations.reduce((v, m) => m(v), current)), auditSeq);
    }
  }

  return {
    /** The state this call sees of `store`: its own staged change inside a unit, else undefined. */
    staged<T>(store: WritableStore<T>): { value: T } | undefined {
      const staged = context.getStore()?.staged.get(store);
      return staged ? { value: staged.view as T } : undefined;
    },

    /** A change to one store: staged inside a unit, otherwise written at the store's turn. */
    commit<T>(store: WritableStore<T>, mutate: Mutation<T>): Promise<void> {
      const unit = context.getStore();
      if (!unit) return writeOne(store, mutate, undefined);
      const staged = unit.staged.get(store) ?? { base: store.current(), view: store.current(), mutations: [] };
      staged.view = mutate(staged.view as T);
      staged.mutations.push(mutate as Mutation<unknown>);
      unit.staged.set(store, staged);
      return Promise.resolve();
    },

    /** Runs after the unit's writes are on disk (file removals, change listeners); soon, outside a unit. */
    afterCommit(job: () => void | Promise<void>): void {
      const unit = context.getStore();
      if (unit) unit.after.push(job); else void Promise.resolve().then(job).catch(() => undefined);
    },

    /**
     * Runs `job` between units, no unit running meanwhile: a backup copies no change half-written.
     * What a unit does not cover still runs: commits outside a unit (a sign-in's failure counter, a
     * statistics roll-up: each one whole-file rename), security entries appended to the trail (no
     * store goes with them), and a store's own background work (the catalogue's compaction: see
     * its `still`). Never from inside a unit: it would wait for itself.
     */
    betweenUnits<T>(job: () => Promise<T>): Promise<T> {
      if (context.getStore()) return Promise.reject(new Error('betweenUnits called inside a unit: it would wait for itself'));
      return units(job);
    },

    /**
     * Runs a changing call as one unit. A throw from `work` discards what it staged; a throw from
     * `seal` (the audit could not be written) writes nothing; a failed write is recorded as not
     * applied before any later unit may seal, so the trail never claims a change the stores lack.
     */
    unit<T>(work: () => Promise<T>, audit: UnitAudit): Promise<T> {
      return units(async () => {
        const unit: Unit = { staged: new Map(), after: [] };
        const value = await context.run(unit, work);
        for (const record of unrecorded) await record().catch((error: unknown) => { throw new UnitNotWritten(error); });
        unrecorded = [];
        const stores = [...unit.staged.keys()].map((s) => s.name);
        // A write that cannot fit is refused before its entry is sealed: on a nearly full disk,
        // each retried import would otherwise leave its long entry (every id) and a "not applied"
        // one in the trail, taking the last of the space (trial, helper-55).
        const needed = [...unit.staged].reduce((n, [store, staged]) => n + (store.bytesToWrite?.(staged.view) ?? 0), 0);
        if (needed >= CHECK_FROM_BYTES && options.freeBytes) {
          const free = await options.freeBytes().catch(() => undefined);
          if (free !== undefined && free < needed + KEEP_FREE_BYTES) throw new UnitNotWritten(noRoomFor(needed, free));
        }
        const seq = await audit.seal(stores).catch((error: unknown) => { throw new UnitNotWritten(error); });
        try {
          await flush(unit, seq);
        } catch (error) {
          if (seq !== undefined) {
            const record = () => audit.failed(seq, stores, error);
            await record().catch(() => { unrecorded.push(record); });
          }
          throw new UnitNotWritten(error);
        }
        for (const job of unit.after) await Promise.resolve().then(job).catch(() => undefined);
        return value;
      });
    },
  };
}
export type FolderWriter = ReturnType<typeof createFolderWriter>;
