import { crc32 } from 'node:zlib';
import type { CatalogueDocument, ServiceStandard } from '../../../contract/schemas';
import type { CatalogueFile } from '../catalogueFile';
import type { UnitOp } from './unitLog';
import { bodyDigest, splitBody } from './blobFile';
import { timeSlicer } from '../../timeSlices';

/**
 * What a change did, item by item. Stored items are never edited in place (catalogue.update's
 * rule), so an item that is not the very same object as before was put; comparing positions
 * first keeps a one-document save at 100,000 documents to a pointer walk.
 */
function changedItems<T extends { id: string }>(before: readonly T[], after: readonly T[]): { puts: T[]; at: number[] | undefined; dels: string[] } {
  if (before === after) return { puts: [], at: [], dels: [] };
  const puts: T[] = [];
  const at: number[] = [];
  const shared = Math.min(before.length, after.length);
  let positional = true;
  for (let i = 0; i < shared; i++) {
    if (before[i] === after[i]) continue;
    if (before[i]!.id !== after[i]!.id) { positional = false; break; }
    puts.push(after[i]!);
    at.push(i);
  }
  if (positional) {
    // Ids are unique in a catalogue, so items past the old end are new ones (a push).
    for (let i = shared; i < after.length; i++) { puts.push(after[i]!); at.push(i); }
    return { puts, at, dels: before.slice(shared).map((x) => x.id) };
  }
  const old = new Map(before.map((x) => [x.id, x]));
  const kept = new Set<string>();
  const all: T[] = [];
  for (const item of after) {
    kept.add(item.id);
    if (old.get(item.id) !== item) all.push(item);
  }
  return { puts: all, at: undefined, dels: before.filter((x) => !kept.has(x.id)).map((x) => x.id) };
}

/** About how many bytes a unit record of this change takes: each put item as JSON, and each document's body. */
export function bytesOfChange(before: CatalogueFile, after: CatalogueFile): number {
  let bytes = 0;
  for (const doc of changedItems(before.documents, after.documents).puts) {
    const { meta, body } = splitBody(doc);
    bytes += Buffer.byteLength(JSON.stringify(meta)) + (body === undefined ? 0 : Buffer.byteLength(body));
  }
  for (const service of changedItems<ServiceStandard>(before.services, after.services).puts) bytes += Buffer.byteLength(JSON.stringify(service));
  return bytes;
}

/** The unit's operations and the bodies they carry, in order; a document's body offset is relative to the record's bodies. */
/** `putAt`: where each put document sits in `after.documents`, when known without a search. */
export async function diffCatalogue(before: CatalogueFile, after: CatalogueFile): Promise<{ ops: UnitOp[]; bodies: Buffer[]; putDocuments: CatalogueDocument[]; putAt: number[] | undefined }> {
  const ops: UnitOp[] = [];
  const bodies: Buffer[] = [];
  const documents = changedItems(before.documents, after.documents);
  const services = changedItems<ServiceStandard>(before.services, after.services);
  let offset = 0;
  const pause = timeSlicer();
  for (const doc of documents.puts) {
    const { meta, body } = splitBody(doc);
    if (body === undefined) { ops.push({ put: 'document', v: meta }); continue; }
    const bytes = Buffer.from(body);
    bodies.push(bytes);
    ops.push({ put: 'document', v: meta, b: [offset, bytes.length, crc32(bytes), bodyDigest(bytes)] });
    offset += bytes.length;
    await pause(); // an import's thousands of bodies are encoded and hashed on the thread that answers the screens
  }
  for (const id of documents.dels) ops.push({ del: 'document', id });
  for (const s of services.puts) ops.push({ put: 'service', v: s });
  for (const id of services.dels) ops.push({ del: 'service', id });
  if (before.sample !== after.sample || JSON.stringify(before.sampleIds) !== JSON.stringify(after.sampleIds)) {
    ops.push({ meta: { sample: after.sample, ...(after.sampleIds ? { sampleIds: after.sampleIds } : {}) } });
  }
  return { ops, bodies, putDocuments: documents.puts, putAt: documents.at };
}
