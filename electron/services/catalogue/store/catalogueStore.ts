import { mkdir, open, readdir, rename, rm, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import type { CatalogueDocument } from '../../../contract/schemas';
import { readTextIfExists, removeLeftoverTemps, writeFileDurably } from '../../store/durableFile';
import { createSerial, type Mutation, type WritableStore } from '../../store/folderWriter';
import type { StoreContext, StoreRecovery } from '../../store/jsonStore';
import { CatalogueFile } from '../catalogueFile';
import { BlobFile, documentWithBody, lacksDigest, movedRef } from './blobFile';
import { bytesOfChange, diffCatalogue } from './diffCatalogue';
import { itemsFile, logFile, readGeneration, removeGeneration, writeGeneration } from './generation';
import { CURRENT_FILE, STORE_FOLDER, STORE_NAME, loadCatalogueFolder, type Pointer } from './loadStore';
import { LEGACY_FILE, MIGRATED_SUFFIX } from './migration';
import { appendRecord, encodeUnitParts } from './unitLog';
import { freshLabel, nextLabel } from './stateLabel';
import { notHolderError } from '../../store/saveError';
import { PRIVATE_FILE, PRIVATE_FOLDER } from '../../store/privateFolder';

export { STORE_FOLDER, STORE_NAME, loadCatalogueFolder };

/*
 * Why the catalogue left lowdb (the customer's choice, kept for settings and staff accounts):
 * lowdb reads and writes a whole file. At 100,000 documents `catalogue.json` is 384 MB; every
 * save rewrote and fsynced all of it, and the last-good rotation copied it three times per CLI
 * run. Measured (`npm run bench:store`): open 13 s, import of 100,000 in files of 5,000 405 s.
 *
 * Options weighed: PouchDB on LevelDB (pouchdb-node 9, prebuilt N-API binaries) gives
 * per-document writes and the replication the fleet wants, but reading the catalogue back for
 * the screens (allDocs with docs) took 29 s and 729 MB at 100,000 documents (an earlier
 * measurement, not repeated with this code):
 * the kiosk lists, filters and indexes the whole catalogue at start, which is exactly what it
 * is slow at. Per-document files make a 100,000-file folder (backup, antivirus, NTFS) and still
 * need a log to make a multi-document import atomic. So: an append-only unit log with
 * generations and compaction, in plain Node, no native code.
 *
 * The folder `<data>/catalogue/`:
 *   CURRENT          {"generation":N,"previous":P}: written atomically, the one switch
 *   gen-N.items      the catalogue as of generation N (metadata; crc-checked), gen-N.bodies the bodies
 *   log-N.units      units committed since generation N (unitLog.ts), flushed before acknowledging
 * Recovery without a whole copy per change: generation P (the one before) and the logs P..N
 * rebuild the same state when generation N is damaged. Compaction writes generation N+1 when
 * the log has grown past a share of the generation, then switches CURRENT; only then are the
 * files older than P removed.
 */

/** Compact when the log is larger than this share of the generation (and than the minimum). */
const COMPACT_RATIO = 1;
const COMPACT_MIN_BYTES = 8 * 1024 * 1024;


export interface CatalogueStore {
  readonly name: string;
  readonly recovery?: StoreRecovery;
  readonly created: boolean;
  /** Set when this open converted `catalogue.json` (kept as `catalogue.json.migrated`). */
  readonly migrated: boolean;
  data(): CatalogueFile;
  /** The label of the state on disk and in memory (stateLabel.ts); undefined while not known (a recovered or unwritten folder). */
  stateLabel(): string | undefined;
  auditSeq(): number | undefined;
  commit(mutate: Mutation<CatalogueFile>): Promise<void>;
  seed(next: CatalogueFile): Promise<void>;
  /** Writes the next generation now (the store also does it by itself when the log has grown). */
  compact(): Promise<void>;
  /** Waits for a compaction under way (a CLI command lets it finish before it exits). */
  settled(): Promise<void>;
  /**
   * Runs `job` with the store's files left as they are: no write or compaction starts meanwhile
   * (a compaction writes a generation, moves CURRENT and deletes the old one: a backup copying
   * the folder then would lose files or copy a CURRENT naming a generation it lacks).
   */
  still<T>(job: () => Promise<T>): Promise<T>;
  close(): void;
}

/**
 * Opens the catalogue store of a data folder: reads it (or converts `catalogue.json` once),
 * and takes part in the folder's units exactly as a JSON store does: `persist` appends the
 * unit's changes (stamped with its audit seq) and flushes them; `swap` serves them.
 */
export async function openCatalogueStore(options: { dataDir: string; now: () => Date } & StoreContext): Promise<CatalogueStore> {
  const { dataDir, writer, owner } = options;
  const folder = join(dataDir, STORE_FOLDER);
  const legacyPath = join(dataDir, LEGACY_FILE);
  const openWriteFailed = (error: unknown) => options.onOpenWriteFailed?.(STORE_NAME, error);
  const loaded = await loadCatalogueFolder(dataDir);
  let state = loaded.state;
  let seq = loaded.auditSeq;
  let pointer = loaded.pointer;
  let logSize = loaded.logSize;
  let genBytes = loaded.genBytes;
  let blobs = loaded.blobs;
  let label = loaded.label;
  let migrated = false;
  let compactBlockedUntil = 0;
  let compacting: Promise<void> = Promise.resolve();
  const serial = createSerial();

  /**
   * Starts a generation of the current state; the log it starts is empty. `sameState`: a
   * compaction, the catalogue as it was (its label kept); else a new state, with a new label.
   */
  async function newGeneration(n: number, previous: number, from: CatalogueFile, auditSeq: number | undefined, sameState = false) {
    await mkdir(folder, { recursive: true, mode: PRIVATE_FOLDER });
    await removeGeneration(folder, n);
    const next = sameState && label !== undefined ? label : freshLabel();
    label = undefined; // until CURRENT names the new generation
    const written = await writeGeneration(folder, n, from, auditSeq, next);
    const log = await open(join(folder, logFile(n)), 'w', PRIVATE_FILE);
    try { await log.sync(); } finally { await log.close(); }
    await writeFileDurably(join(folder, CURRENT_FILE), JSON.stringify({ generation: n, previous } satisfies Pointer));
    label = next;
    return written;
  }

  async function tidy() {
    if (!pointer) return;
    await removeLeftoverTemps(join(folder, CURRENT_FILE)).catch(() => undefined);
    for (const name of await readdir(folder).catch(() => [] as string[])) {
      const n = Number(/^(?:gen|log)-(\d+)\./.exec(name)?.[1] ?? NaN);
      if (name.includes('.damaged-')) continue;
      if (n > pointer.generation || n < pointer.previous) await rm(join(folder, name), { force: true });
    }
  }

  if (owner) {
    try {
      if (loaded.legacy) {
        // Converted once: the lowdb file is kept beside, renamed, so nothing is lost and it is never read again.
        const written = await newGeneration(1, 1, state, seq);
        pointer = { generation: 1, previous: 1 };
        genBytes = written.bytes;
        await rename(legacyPath, legacyPath + MIGRATED_SUFFIX);
        migrated = true;
        const fresh = await readGeneration(folder, 1);
        state = fresh.state;
        blobs = [fresh.blob];
      } else if (pointer) {
        if ((await readTextIfExists(legacyPath)) !== undefined) await rename(legacyPath, legacyPath + MIGRATED_SUFFIX);
        if (loaded.tornBytes > 0) await truncate(join(folder, logFile(pointer.generation)), logSize);
        await tidy();
      } else if (loaded.created) {
        await newGeneration(1, 1, state, seq);
        pointer = { generation: 1, previous: 1 };
      }
    } catch (error) {
      openWriteFailed(error);
    }
  }
  // Declared before the recovery below, which compacts (and so resets them) at once.
  const logBlob = () => new BlobFile(join(folder, logFile(pointer!.generation)));
  let currentLogBlob: BlobFile | undefined;
  if (loaded.recovery && owner && pointer) {
    // A damaged generation is kept for support and a sound one written from the recovered state.
    const stamp = options.now().toISOString().replace(/[:.]/g, '-');
    await rename(join(folder, itemsFile(pointer.generation)), join(folder, `${itemsFile(pointer.generation)}.damaged-${stamp}`)).catch(() => undefined);
    await compactNow().catch(openWriteFailed);
  }

  let pendingSwap: { next: CatalogueFile; replace: Map<CatalogueDocument, CatalogueDocument>; at: number[] | undefined; size: number; label: string | undefined } | undefined;

  async function compactNow(): Promise<void> {
    if (!pointer) return;
    const n = pointer.generation + 1;
    const previous = pointer.generation;
    const written = await newGeneration(n, previous, state, seq, true);
    const old = pointer;
    pointer = { generation: n, previous };
    genBytes = written.bytes;
    logSize = 0;
    // Served from the new generation from now on; the files before `previous` go.
    const fresh = await readGeneration(folder, n);
    const oldBlobs = blobs;
    blobs = [fresh.blob];
    currentLogBlob = undefined;
    state = fresh.state;
    for (const blob of oldBlobs) if (!blob.path.includes(`-${previous}.`)) blob.close();
    for (let p = old.previous; p < previous; p++) await removeGeneration(folder, p);
  }

  const handle: WritableStore<CatalogueFile> = {
    name: STORE_NAME,
    current: () => state,
    serial,
    bytesToWrite: (next) => bytesOfChange(state, next),
    async persist(next, auditSeq) {
      if (!owner) throw notHolderError();
      if (!pointer) {
        // The folder could not be written at start (full disk, read-only): the first save starts the store.
        await newGeneration(1, 1, state, seq);
        pointer = { generation: 1, previous: 1 };
        if (loaded.legacy && !migrated) { await rename(legacyPath, legacyPath + MIGRATED_SUFFIX).catch(() => undefined); migrated = true; }
      }
      const { ops, bodies, putDocuments, putAt } = await diffCatalogue(state, next);
      const { parts, bytes, bodiesAt, crc } = encodeUnitParts({ ...(auditSeq !== undefined ? { seq: auditSeq } : {}), ops }, bodies);
      await appendRecord(join(folder, logFile(pointer.generation)), logSize, parts);
      // Put documents are served from the log from now on, their bodies read back when asked for.
      currentLogBlob ??= logBlob();
      if (!blobs.includes(currentLogBlob)) blobs.push(currentLogBlob);
      const replace = new Map<CatalogueDocument, CatalogueDocument>();
      let i = 0;
      for (const op of ops) {
        if (!('put' in op) || op.put !== 'document') continue;
        const b = op.b ? movedRef(op.b, logSize + bodiesAt) : undefined;
        replace.set(putDocuments[i++]!, documentWithBody({ ...op.v }, currentLogBlob, b));
      }
      pendingSwap = { next, replace, at: putAt, size: logSize + bytes, label: label === undefined ? undefined : nextLabel(label, crc, bytes) };
    },
    swap(next, auditSeq) {
      const pending = pendingSwap?.next === next ? pendingSwap : undefined;
      pendingSwap = undefined;
      // A swap without its write would leave the label naming what is no longer held (never happens: the writer persists first).
      label = pending ? pending.label : next === state ? label : undefined;
      if (pending?.replace.size && pending.at) {
        // The next state's list is the change's own copy: the put documents are swapped for their log-backed twins in place.
        const documents = next.documents as CatalogueDocument[];
        for (const i of pending.at) documents[i] = pending.replace.get(documents[i]!) ?? documents[i]!;
        state = next;
      } else {
        state = pending?.replace.size ? { ...next, documents: next.documents.map((d) => pending.replace.get(d) ?? d) } : next;
      }
      if (pending) logSize = pending.size;
      seq = auditSeq ?? seq;
      if (owner && logSize > Math.max(COMPACT_MIN_BYTES, COMPACT_RATIO * genBytes, compactBlockedUntil)) {
        compacting = serial(() => compactNow()).catch(() => { compactBlockedUntil = logSize + COMPACT_MIN_BYTES; });
      }
    },
  };

  if (owner && pointer && state.documents.some(lacksDigest)) {
    // Bodies stored before digests existed get one in a new generation (once, in the background):
    // until then the search index cache reads and hashes them at every start.
    compacting = serial(() => compactNow()).catch(() => undefined);
  }

  return {
    name: STORE_NAME,
    recovery: loaded.recovery,
    created: loaded.created,
    migrated,
    data: () => writer.staged(handle)?.value ?? state,
    stateLabel: () => (writer.staged(handle) ? undefined : label),
    auditSeq: () => seq,
    commit: (mutate) => writer.commit(handle, mutate),
    async seed(next) {
      state = next;
      label = undefined; // until the seeded generation is written
      await serial(async () => {
        const n = (pointer?.generation ?? 0) + 1;
        const written = await newGeneration(n, n, next, seq);
        pointer = { generation: n, previous: n };
        genBytes = written.bytes;
        logSize = 0;
        currentLogBlob = undefined;
        await tidy();
      }).catch(openWriteFailed);
    },
    compact: () => serial(() => compactNow()),
    settled: () => compacting,
    still: (job) => serial(job),
    close: () => { for (const blob of blobs) blob.close(); currentLogBlob?.close(); },
  };
}

export { CatalogueFile };
