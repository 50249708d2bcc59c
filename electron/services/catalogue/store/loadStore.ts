import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { CatalogueDocument, ServiceStandard } from '../../../contract/schemas';
import { readTextIfExists } from '../../store/durableFile';
import type { StoreRecovery } from '../../store/jsonStore';
import { emptyCatalogue, type CatalogueFile } from '../catalogueFile';
import { BlobFile, documentWithBody, movedRef } from './blobFile';
import { GenerationDamage, itemsFile, logFile, readGeneration, salvageGeneration } from './generation';
import { LEGACY_FILE, MIGRATED_SUFFIX, readLegacyCatalogue } from './migration';
import { nextLabel, unlabelledGeneration } from './stateLabel';
import { readLog, type ReadUnit } from './unitLog';

/** Reading a catalogue store from disk (catalogueStore.ts explains the files); nothing here writes. */
export const STORE_NAME = 'catalogue';
export const STORE_FOLDER = 'catalogue';
export const CURRENT_FILE = 'CURRENT';

export interface Pointer { generation: number; previous: number }

export interface Working { documents: Map<string, CatalogueDocument>; services: Map<string, ServiceStandard>; sample: boolean; sampleIds?: CatalogueFile['sampleIds'] }

export const toWorking = (s: CatalogueFile): Working => ({
  documents: new Map(s.documents.map((d) => [d.id, d])), services: new Map(s.services.map((x) => [x.id, x])), sample: s.sample, sampleIds: s.sampleIds,
});
export const fromWorking = (w: Working): CatalogueFile => ({
  version: 1, sample: w.sample, documents: [...w.documents.values()], services: [...w.services.values()], ...(w.sampleIds ? { sampleIds: w.sampleIds } : {}),
});

/** Applies one unit read from a log whose bodies lie in `blob`, starting at the record's `base`. */
function applyUnit(w: Working, { unit, bodiesAt }: ReadUnit, blob: BlobFile): void {
  for (const op of unit.ops) {
    if ('put' in op) {
      if (op.put === 'document') {
        const b = op.b ? movedRef(op.b, bodiesAt) : undefined;
        // A replaced document keeps its place and a new one goes last, as in memory (index assignment, push).
        w.documents.set(op.v.id, documentWithBody(op.v, blob, b));
      } else {
        w.services.set(op.v.id, op.v);
      }
    } else if ('del' in op) {
      (op.del === 'document' ? w.documents : w.services).delete(op.id);
    } else {
      w.sample = op.meta.sample;
      w.sampleIds = op.meta.sampleIds;
    }
  }
}

export interface Loaded {
  state: CatalogueFile;
  auditSeq?: number;
  pointer?: Pointer;
  logSize: number;
  genBytes: number;
  blobs: BlobFile[];
  recovery?: StoreRecovery;
  /** The log ended in a record cut short (a kill mid-append): bytes after `logSize` to drop. */
  tornBytes: number;
  /** The state's label (stateLabel.ts), when read as stored (not recovered, converted or new). */
  label?: string;
  /** The data came from `catalogue.json` (not yet migrated). */
  legacy?: { auditSeq?: number };
  created: boolean;
}

/**
 * Replays log `n` onto `w` (or onto what `w()` makes, made only when the log holds a unit: the
 * maps of 20,000 documents took ~8 ms of a CLI search profiled, and most starts find an empty log); answers
 * the last unit's seq and the good length of the log.
 */
async function replayLog(folder: string, n: number, w: Working | (() => Working), seq: number | undefined) {
  const log = await readLog(join(folder, logFile(n)));
  const blob = new BlobFile(join(folder, logFile(n)));
  if (!log) return { seq, validBytes: 0, size: 0, blob, units: [] };
  const working = typeof w === 'function' && log.units.length > 0 ? w() : w;
  for (const u of log.units) {
    applyUnit(working as Working, { ...u, bodiesAt: u.bodiesAt }, blob);
    if (u.unit.seq !== undefined) seq = u.unit.seq;
  }
  return { seq, validBytes: log.validBytes, size: log.size, blob, units: log.units };
}

/** A generation's label moved on by each record of its log (stateLabel.ts). */
export const labelAfter = (label: string, units: readonly ReadUnit[]): string => units.reduce((l, u) => nextLabel(l, u.crc, u.bytes), label);

/** Reads the store without writing anything: used by the store at open, by `verify` and by tests. */
export async function loadCatalogueFolder(dataDir: string): Promise<Loaded> {
  const folder = join(dataDir, STORE_FOLDER);
  const pointerText = await readTextIfExists(join(folder, CURRENT_FILE)).catch(() => undefined);
  if (pointerText === undefined) {
    const legacy = await readLegacyCatalogue(dataDir);
    if (legacy) return { state: legacy.data, auditSeq: legacy.auditSeq, logSize: 0, genBytes: 0, blobs: [], recovery: legacy.recovery, tornBytes: 0, legacy: { auditSeq: legacy.auditSeq }, created: false };
    return { state: emptyCatalogue(), logSize: 0, genBytes: 0, blobs: [], tornBytes: 0, created: true };
  }
  let pointer: Pointer;
  try { pointer = JSON.parse(pointerText) as Pointer; if (!Number.isSafeInteger(pointer.generation)) throw new Error('no generation'); } catch {
    pointer = await pointerFromFiles(folder);
  }
  try {
    const gen = await readGeneration(folder, pointer.generation);
    let w: Working | undefined;
    const log = await replayLog(folder, pointer.generation, () => (w ??= toWorking(gen.state)), gen.auditSeq);
    return {
      state: w ? fromWorking(w) : gen.state, auditSeq: log.seq, pointer, logSize: log.validBytes, genBytes: gen.bytes, blobs: [gen.blob, log.blob],
      tornBytes: log.size - log.validBytes, created: false, label: labelAfter(gen.label ?? unlabelledGeneration(pointer.generation, gen.crc), log.units),
    };
  } catch (error) {
    if (!(error instanceof GenerationDamage)) throw error;
    // Last good: the generation before, replayed through every log since.
    const problem = { store: STORE_NAME, problem: 'invalid' as const, detail: error.message };
    for (let p = Math.min(pointer.previous, pointer.generation - 1); p >= 1 && p >= pointer.previous - 1; p--) {
      try {
        const gen = await readGeneration(folder, p);
        const w = toWorking(gen.state);
        let seq = gen.auditSeq;
        const blobs = [gen.blob];
        let last = { validBytes: 0, size: 0 };
        for (let n = p; n <= pointer.generation; n++) {
          const log = await replayLog(folder, n, w, seq);
          seq = log.seq;
          blobs.push(log.blob);
          last = log;
        }
        return {
          state: fromWorking(w), auditSeq: seq, pointer, logSize: last.validBytes, genBytes: gen.bytes, blobs, tornBytes: last.size - last.validBytes,
          recovery: { ...problem, restoredFrom: `${itemsFile(p)} + its logs`, restoredAuditSeq: seq }, created: false,
        };
      } catch (inner) {
        if (!(inner instanceof GenerationDamage)) throw inner;
      }
    }
    // Generation 1 of a converted folder is the kept catalogue.json.migrated: it and the logs rebuild the same state.
    const migrated = pointer.previous === 1 ? await readLegacyCatalogue(dataDir, LEGACY_FILE + MIGRATED_SUFFIX).catch(() => undefined) : undefined;
    if (migrated && !migrated.recovery) {
      const w = toWorking(migrated.data);
      let seq = migrated.auditSeq;
      const blobs: BlobFile[] = [];
      let last = { validBytes: 0, size: 0 };
      for (let n = 1; n <= pointer.generation; n++) {
        const log = await replayLog(folder, n, w, seq);
        seq = log.seq;
        blobs.push(log.blob);
        last = log;
      }
      return {
        state: fromWorking(w), auditSeq: seq, pointer, logSize: last.validBytes, genBytes: 0, blobs, tornBytes: last.size - last.validBytes,
        recovery: { ...problem, restoredFrom: `${LEGACY_FILE + MIGRATED_SUFFIX} + the logs`, restoredAuditSeq: seq }, created: false,
      };
    }
    // No sound copy: what still reads of the damaged generation, and its log, rather than nothing.
    const salvaged = await salvageGeneration(folder, pointer.generation);
    if (salvaged) {
      const w = toWorking(salvaged.state);
      const log = await replayLog(folder, pointer.generation, w, salvaged.auditSeq);
      return {
        state: fromWorking(w), auditSeq: log.seq, pointer, logSize: log.validBytes, genBytes: 0, blobs: [salvaged.blob, log.blob], tornBytes: log.size - log.validBytes,
        recovery: { ...problem, restoredFrom: `${itemsFile(pointer.generation)} (${salvaged.read} of its ${salvaged.expected} items read) + its log`, restoredAuditSeq: log.seq },
        created: false,
      };
    }
    return { state: emptyCatalogue(), pointer, logSize: 0, genBytes: 0, blobs: [], tornBytes: 0, recovery: problem, created: false };
  }
}

/** CURRENT itself was damaged: the newest generation on disk is the current one. */
async function pointerFromFiles(folder: string): Promise<Pointer> {
  const numbers = (await readdir(folder)).map((f) => /^gen-(\d+)\.items$/.exec(f)?.[1]).filter(Boolean).map(Number).sort((a, b) => b - a);
  return { generation: numbers[0] ?? 1, previous: numbers[1] ?? numbers[0] ?? 1 };
}

