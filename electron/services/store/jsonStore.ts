import { Low, type Adapter } from 'lowdb';
import { copyFile, readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { z } from 'zod';
import { readTextIfExists, removeLeftoverTemps, writeFileDurably } from './durableFile';

/** Rotated copies kept beside each store: `catalogue.json.1` is the newest good copy. */
export const KEPT_COPIES = 3;

/** Why a store was not read as it stood on disk at start-up. */
export interface StoreRecovery {
  store: string;
  problem: 'empty' | 'unparseable' | 'invalid';
  detail: string;
  /** The copy the data came from instead, or undefined when the defaults were used. */
  restoredFrom?: string;
}

/**
 * lowdb adapter that parses with a zod schema and writes durably. lowdb is kept for what it
 * fits (small documents read whole, written whole); the schema check happens here because
 * the loader is where stored input enters (house rule 2).
 */
class SchemaFile<T> implements Adapter<T> {
  private queue: Promise<unknown> = Promise.resolve();
  constructor(private readonly path: string, private readonly schema: z.ZodType<T>) {}
  async read(): Promise<T | null> {
    const text = await readTextIfExists(this.path);
    if (text === undefined) return null;
    return parseStore(text, this.schema, this.path);
  }
  /**
   * The text is taken now and the renames happen in call order: two saves at once could
   * otherwise rename an older snapshot over a newer one, losing an edit already answered ok.
   */
  write(data: T): Promise<void> {
    const text = JSON.stringify(data, null, 1);
    const run = this.queue.then(() => writeFileDurably(this.path, text));
    this.queue = run.catch(() => undefined);
    return run;
  }
}

class StoreDamage extends Error {
  constructor(readonly problem: StoreRecovery['problem'], detail: string) { super(detail); }
}

function parseStore<T>(text: string, schema: z.ZodType<T>, path: string): T {
  if (text.trim() === '') throw new StoreDamage('empty', `${basename(path)} is empty`);
  let raw: unknown;
  try { raw = JSON.parse(text); } catch (error) {
    throw new StoreDamage('unparseable', `${basename(path)}: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new StoreDamage('invalid', `${basename(path)}: ${first?.path.join('.') || '(root)'}: ${first?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

export interface JsonStore<T> {
  readonly db: Low<T>;
  /** Set when the file on disk was damaged and the data came from a copy or the defaults. */
  readonly recovery?: StoreRecovery;
  /** True when the store did not exist before (first start). */
  readonly created: boolean;
  write(): Promise<void>;
}

/**
 * Opens a store: reads and validates it; on damage falls back to the newest rotated copy
 * that validates (keeping the damaged file as `.damaged-<time>` for support); then rotates
 * copies so the next start has a known-good one.
 */
export async function openJsonStore<T>(options: {
  path: string;
  schema: z.ZodType<T>;
  defaults: () => T;
  now: () => Date;
}): Promise<JsonStore<T>> {
  const { path, schema } = options;
  await removeLeftoverTemps(path);
  const db = new Low<T>(new SchemaFile(path, schema), options.defaults());
  let recovery: StoreRecovery | undefined;
  let created = false;
  try {
    await db.read();
    const existed = (await readTextIfExists(path)) !== undefined;
    if (!existed && (await newestValidCopy(path, schema))) throw new StoreDamage('empty', `${basename(path)} is missing`);
    // Only a first start is `created`: a store recovered from a copy must not get the sample seeded over it.
    created = !existed;
  } catch (error) {
    if (!(error instanceof StoreDamage)) throw error;
    const copy = await newestValidCopy(path, schema);
    const stamp = options.now().toISOString().replace(/[:.]/g, '-');
    const damaged = await readTextIfExists(path);
    if (damaged !== undefined) await copyFile(path, `${path}.damaged-${stamp}`);
    db.data = copy ? copy.data : options.defaults();
    recovery = { store: basename(path), problem: error.problem, detail: error.message, restoredFrom: copy?.name };
    await writeFileDurably(path, JSON.stringify(db.data, null, 1));
  }
  if (created) await writeFileDurably(path, JSON.stringify(db.data, null, 1));
  await rotateCopies(path);
  return { db, recovery, created, write: () => db.write() };
}

async function newestValidCopy<T>(path: string, schema: z.ZodType<T>): Promise<{ name: string; data: T } | undefined> {
  for (let n = 1; n <= KEPT_COPIES; n++) {
    const copyPath = `${path}.${n}`;
    const text = await readTextIfExists(copyPath);
    if (text === undefined) continue;
    try { return { name: basename(copyPath), data: parseStore(text, schema, copyPath) }; } catch { /* try an older one */ }
  }
  return undefined;
}

async function rotateCopies(path: string): Promise<void> {
  const text = await readTextIfExists(path);
  if (text === undefined) return;
  for (let n = KEPT_COPIES; n > 1; n--) {
    const older = await readTextIfExists(`${path}.${n - 1}`);
    if (older !== undefined) await writeFileDurably(`${path}.${n}`, older);
  }
  await writeFileDurably(`${path}.1`, text);
  // Keep at most a few damaged files around.
  const damaged = (await readdir(dirname(path))).filter((f) => f.startsWith(`${basename(path)}.damaged-`)).sort();
  for (const old of damaged.slice(0, Math.max(0, damaged.length - KEPT_COPIES))) await rm(join(dirname(path), old));
}
