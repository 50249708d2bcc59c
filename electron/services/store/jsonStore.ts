import { Low, type Adapter } from 'lowdb';
import { copyFile, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { z } from 'zod';
import { readTextIfExists, removeLeftoverTemps, writeFileDurably } from './durableFile';
import { createSerial, type FolderWriter, type Mutation, type WritableStore } from './folderWriter';
import { notHolderError } from './saveError';

/** Rotated copies kept beside each store: `catalogue.json.1` is the newest good copy. */
export const KEPT_COPIES = 3;
/** A long-running kiosk keeps one copy an hour at most, so three copies span hours, not seconds. */
export const ROTATE_EVERY_MS = 60 * 60 * 1000;
/** The seq of the audit entry whose unit last wrote the store; stripped before the schema sees the data. */
export const AUDIT_SEQ_KEY = '$auditSeq';

/** Why a store was not read as it stood on disk at start-up. */
export interface StoreRecovery {
  store: string;
  problem: 'empty' | 'unparseable' | 'invalid';
  detail: string;
  /** The copy the data came from instead, or undefined when the defaults were used. */
  restoredFrom?: string;
  /** The audit seq stamped in that copy: entries after it that name this store were lost. */
  restoredAuditSeq?: number;
}

interface Stamped<T> { data: T; auditSeq?: number }

/**
 * lowdb adapter that parses with a zod schema and writes durably. lowdb is kept for what it
 * fits (small documents read whole, written whole); the schema check happens here because
 * the loader is where stored input enters (house rule 2).
 */
class SchemaFile<T> implements Adapter<Stamped<T>> {
  constructor(private readonly path: string, private readonly schema: z.ZodType<T>) {}
  async read(): Promise<Stamped<T> | null> {
    const text = await readTextIfExists(this.path);
    if (text === undefined) return null;
    return parseStore(text, this.schema, this.path);
  }
  write({ data, auditSeq }: Stamped<T>): Promise<void> {
    return writeFileDurably(this.path, storeText(data, auditSeq));
  }
}

/** A store's text as written: its data, stamped with the audit seq of the unit that wrote it. */
export const storeText = (data: unknown, auditSeq: number | undefined) =>
  JSON.stringify(auditSeq === undefined ? data : { ...(data as object), [AUDIT_SEQ_KEY]: auditSeq }, null, 1);

class StoreDamage extends Error {
  constructor(readonly problem: StoreRecovery['problem'], detail: string) { super(detail); }
}

/** Parses a store's text: JSON, then its schema; the audit stamp is taken off first. */
export function parseStore<T>(text: string, schema: z.ZodType<T>, path: string): Stamped<T> {
  if (text.trim() === '') throw new StoreDamage('empty', `${basename(path)} is empty`);
  let raw: unknown;
  try { raw = JSON.parse(text); } catch (error) {
    throw new StoreDamage('unparseable', `${basename(path)}: ${(error as Error).message}`);
  }
  let auditSeq: number | undefined;
  if (typeof raw === 'object' && raw !== null && AUDIT_SEQ_KEY in raw) {
    const { [AUDIT_SEQ_KEY]: seq, ...rest } = raw as Record<string, unknown>;
    auditSeq = typeof seq === 'number' ? seq : undefined;
    raw = rest;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new StoreDamage('invalid', `${basename(path)}: ${first?.path.join('.') || '(root)'}: ${first?.message ?? 'invalid'}`);
  }
  return { data: parsed.data, auditSeq };
}

/** What every store of a folder shares: the folder's one writer, and whether this process holds the folder. */
export interface StoreContext {
  writer: FolderWriter;
  owner: boolean;
  /** Called when an opening write (seed, recovery) could not be made; the store still serves from memory. */
  onOpenWriteFailed?: (store: string, error: unknown) => void;
}

export interface JsonStore<T> {
  readonly name: string;
  /** Set when the file on disk was damaged and the data came from a copy or the defaults. */
  readonly recovery?: StoreRecovery;
  /** True when the store did not exist before (first start). */
  readonly created: boolean;
  /** The current state (inside a changing call: that call's own staged change). Never mutate it. */
  data(): T;
  /** The audit seq of the last unit written to this store. */
  auditSeq(): number | undefined;
  /**
   * Changes the state: `mutate` answers the next state from the current one, without editing it
   * (copy what you change). Inside a changing call it is staged until the call is sealed;
   * otherwise written now. A write that fails changes neither memory nor disk.
   */
  commit(mutate: Mutation<T>): Promise<void>;
  /** First start only: serves `next` from now on and writes it if the disk allows. */
  seed(next: T): Promise<void>;
}

/**
 * Opens a store: reads and validates it; on damage falls back to the newest rotated copy
 * that validates (keeping the damaged file as `.damaged-<time>` for support). Opening never
 * needs to write: on a full disk or a read-only folder the store is served from memory.
 * `owner`: this process holds the folder's lock, so temp files left beside the store are
 * abandoned ones (a live writer's are not touched).
 */
export async function openJsonStore<T>(options: {
  path: string;
  schema: z.ZodType<T>;
  defaults: () => T;
  now: () => Date;
} & StoreContext): Promise<JsonStore<T>> {
  const { path, schema, writer } = options;
  const name = basename(path);
  const openWriteFailed = (error: unknown) => options.onOpenWriteFailed?.(name, error);
  if (options.owner) await removeLeftoverTemps(path).catch(() => undefined);
  const adapter = new SchemaFile(path, schema);
  const db = new Low<Stamped<T>>(adapter, { data: options.defaults() });
  let recovery: StoreRecovery | undefined;
  let created = false;
  let needsWrite: boolean;
  try {
    await db.read();
    const existed = (await readTextIfExists(path)) !== undefined;
    if (!existed && (await newestValidCopy(path, schema))) throw new StoreDamage('empty', `${name} is missing`);
    // Only a first start is `created`: a store recovered from a copy must not get the sample seeded over it.
    created = !existed;
    needsWrite = created;
  } catch (error) {
    if (!(error instanceof StoreDamage)) throw error;
    const copy = await newestValidCopy(path, schema);
    db.data = copy ? copy.stamped : { data: options.defaults() };
    recovery = { store: name, problem: error.problem, detail: error.message, restoredFrom: copy?.name, restoredAuditSeq: copy?.stamped.auditSeq };
    const stamp = options.now().toISOString().replace(/[:.]/g, '-');
    if ((await readTextIfExists(path)) !== undefined) {
      await copyFile(path, `${path}.damaged-${stamp}`).catch((e: unknown) => openWriteFailed(e));
    }
    needsWrite = true;
  }
  if (needsWrite) {
    await writeFileDurably(path, storeText(db.data.data, db.data.auditSeq)).catch((e: unknown) => openWriteFailed(e));
  }

  let lastRotation: number | undefined;
  const handle: WritableStore<T> = {
    name,
    current: () => db.data.data,
    serial: createSerial(),
    async persist(next, auditSeq) {
      if (!options.owner) throw notHolderError();
      const now = options.now().getTime();
      if (lastRotation === undefined || now - lastRotation >= ROTATE_EVERY_MS) {
        await rotateCopies(path);
        lastRotation = now;
      }
      await adapter.write({ data: next, auditSeq: auditSeq ?? db.data.auditSeq });
    },
    swap(next, auditSeq) {
      db.data = { data: next, auditSeq: auditSeq ?? db.data.auditSeq };
    },
  };

  return {
    name,
    recovery,
    created,
    data: () => writer.staged(handle)?.value ?? db.data.data,
    auditSeq: () => db.data.auditSeq,
    commit: (mutate) => writer.commit(handle, mutate),
    async seed(next) {
      db.data = { data: next, auditSeq: db.data.auditSeq };
      await writeFileDurably(path, storeText(next, db.data.auditSeq)).catch(openWriteFailed);
    },
  };
}

async function newestValidCopy<T>(path: string, schema: z.ZodType<T>): Promise<{ name: string; stamped: Stamped<T> } | undefined> {
  for (let n = 1; n <= KEPT_COPIES; n++) {
    const copyPath = `${path}.${n}`;
    const text = await readTextIfExists(copyPath);
    if (text === undefined) continue;
    try { return { name: basename(copyPath), stamped: parseStore(text, schema, copyPath) }; } catch { /* try an older one */ }
  }
  return undefined;
}

const sizeOf = (p: string) => stat(p).then((s) => s.size, () => -1);

/**
 * Keeps the state before a change as `.1` (older ones shift to `.2`, `.3`). Runs before the
 * first write a process makes to a store and then at most hourly, so the copies are distinct
 * earlier versions rather than the same file three times; a store identical to `.1` is not copied.
 */
async function rotateCopies(path: string): Promise<void> {
  const current = await readTextIfExists(path);
  if (current === undefined) return;
  const newest = `${path}.1`;
  if (Buffer.byteLength(current) === (await sizeOf(newest)) && current === (await readTextIfExists(newest))) return;
  // Written beside first, so a full disk refuses the change before any copy has moved.
  await writeFileDurably(`${path}.0`, current);
  for (let n = KEPT_COPIES; n > 0; n--) {
    if ((await sizeOf(`${path}.${n - 1}`)) >= 0) await rename(`${path}.${n - 1}`, `${path}.${n}`);
  }
  // Keep at most a few damaged files around.
  const damaged = (await readdir(dirname(path))).filter((f) => f.startsWith(`${basename(path)}.damaged-`)).sort();
  for (const old of damaged.slice(0, Math.max(0, damaged.length - KEPT_COPIES))) await rm(join(dirname(path), old));
}
