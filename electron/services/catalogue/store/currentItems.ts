import { join } from 'node:path';
import type { CatalogueDocument, ServiceStandard } from '../../../contract/schemas';
import { readTextIfExists } from '../../store/durableFile';
import { BlobFile, documentWithBody, movedRef } from './blobFile';
import { bodiesFile, GenerationDamage, logFile, parseItemLine, readItemsFile, type Line } from './generation';
import { CURRENT_FILE, labelAfter, STORE_FOLDER, type Pointer } from './loadStore';
import { unlabelledGeneration } from './stateLabel';
import { readLog, type BodyRef, type DocumentMeta } from './unitLog';

/** The catalogue on disk, its items found by id and parsed only then. */
export interface CurrentItems {
  /** The stored state's label (stateLabel.ts). */
  label: string;
  document(id: string): CatalogueDocument | undefined;
  service(id: string): ServiceStandard | undefined;
  /** Lets go of the body files. */
  close(): void;
}

type Put<T> = T | null;
const DOCUMENT_LINE = Buffer.from('{"d":{"id":"');
/** Byte by byte: a Buffer.compare per line cost more than the rest of the scan (20,000 lines). */
const startsDocumentLine = (data: Buffer, at: number): boolean => {
  for (let i = 0; i < DOCUMENT_LINE.length; i++) if (data[at + i] !== DOCUMENT_LINE[i]) return false;
  return true;
};

/**
 * Reads the current catalogue of a data folder without parsing its items: the items file is read
 * and its crc checked, its log replayed into a small map of what changed since, and a line is
 * parsed only when its item is asked for. At 20,000 documents parsing every line of the 16 MB
 * file (loadStore's way, which every other reader needs) took ~0.3 s and as much again in garbage
 * collection, most of a CLI search started from the index cache (search/cacheOnlySearch.ts).
 * Nothing is written. Undefined when the folder is not plainly as stored (no store yet, a damaged
 * generation, an unreadable CURRENT): the full open deals with those.
 */
export async function readCurrentItems(dataDir: string): Promise<CurrentItems | undefined> {
  const folder = join(dataDir, STORE_FOLDER);
  let pointer: Pointer;
  try {
    pointer = JSON.parse((await readTextIfExists(join(folder, CURRENT_FILE))) ?? 'null') as Pointer;
    if (!pointer || !Number.isSafeInteger(pointer.generation)) return undefined;
  } catch {
    return undefined;
  }
  const n = pointer.generation;
  let items: Awaited<ReturnType<typeof readItemsFile>>;
  try {
    items = await readItemsFile(folder, n);
  } catch (error) {
    if (error instanceof GenerationDamage) return undefined;
    throw error;
  }
  const log = await readLog(join(folder, logFile(n)));
  const bodies = new BlobFile(join(folder, bodiesFile(n)));
  const logBodies = new BlobFile(join(folder, logFile(n)));
  // What the log changed since the generation: the last put wins, a deletion is null.
  const documents = new Map<string, Put<{ v: DocumentMeta; b?: BodyRef; at: number }>>();
  const services = new Map<string, Put<ServiceStandard>>();
  for (const { unit, bodiesAt } of log?.units ?? []) {
    for (const op of unit.ops) {
      if ('put' in op) {
        if (op.put === 'document') documents.set(op.v.id, { v: op.v, ...(op.b ? { b: op.b } : {}), at: bodiesAt });
        else services.set(op.v.id, op.v);
      } else if ('del' in op) {
        (op.del === 'document' ? documents : services).set(op.id, null);
      }
    }
  }

  // Where each item's line lies, found once by scanning for line starts: a document line begins
  // with its id (ids are plain ASCII, DocumentId), anything else is parsed to learn its id.
  let lines: Map<string, [number, number]> | undefined;
  const lineOf = (key: string): [number, number] | undefined => {
    if (!lines) {
      lines = new Map();
      const { data } = items;
      for (let at = items.firstEnd + 1; at < items.lastStart;) {
        const end = data.indexOf(10, at);
        if (startsDocumentLine(data, at)) {
          const idAt = at + DOCUMENT_LINE.length;
          lines.set(`d:${data.toString('latin1', idAt, data.indexOf(34, idAt))}`, [at, end]);
        } else {
          const line = parseItemLine(data, at, end);
          lines.set('d' in line ? `d:${line.d.id}` : `s:${line.s.id}`, [at, end]);
        }
        at = end + 1;
      }
    }
    return lines.get(key);
  };
  const fromFile = (key: string): Line | undefined => {
    const where = lineOf(key);
    return where ? parseItemLine(items.data, where[0], where[1]) : undefined;
  };

  return {
    label: labelAfter(items.header.state ?? unlabelledGeneration(n, items.crc), log?.units ?? []),
    document(id) {
      const changed = documents.get(id);
      if (changed === null) return undefined;
      if (changed) return documentWithBody({ ...changed.v }, logBodies, changed.b ? movedRef(changed.b, changed.at) : undefined);
      const line = fromFile(`d:${id}`);
      return line && 'd' in line ? documentWithBody(line.d, bodies, line.b) : undefined;
    },
    service(id) {
      const changed = services.get(id);
      if (changed !== undefined) return changed ?? undefined;
      const line = fromFile(`s:${id}`);
      return line && 's' in line ? line.s : undefined;
    },
    close() { bodies.close(); logBodies.close(); },
  };
}
