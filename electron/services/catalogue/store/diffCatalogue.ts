import { crc32 } from 'node:zlib';
import type { CatalogueDocument, ServiceStandard } from '../../../contract/schemas';
import type { CatalogueFile } from '../catalogueFile';
import type { UnitOp } from './unitLog';
import { splitBody } from './blobFile';

/**
 * What a change did, item by item. Stored items are never edited in place (catalogue.update's
 * rule), so an item that is not the very same object as before was put; comparing positions
 * first keeps a one-document save at 100,000 documents to a pointer walk.
 */
function changedItems<T extends { id: string }>(before: readonly T[], after: readonly T[]): { puts: T[]; dels: string[] } {
  if (before === after) return { puts: [], dels: [] };
  const puts: T[] = [];
  const shared = Math.min(before.length, after.length);
  let positional = true;
  for (let i = 0; i < shared; i++) {
    if (before[i] === after[i]) continue;
    if (before[i]!.id !== after[i]!.id) { positional = false; break; }
    puts.push(after[i]!);
  }
  if (positional) {
    const known = after.length > before.length ? new Set(before.map((x) => x.id)) : undefined;
    for (let i = shared; i < after.length; i++) if (!known?.has(after[i]!.id)) puts.push(after[i]!); else positional = false;
    if (positional) return { puts, dels: before.slice(shared).map((x) => x.id) };
  }
  const old = new Map(before.map((x) => [x.id, x]));
  const kept = new Set<string>();
  const all: T[] = [];
  for (const item of after) {
    kept.add(item.id);
    if (old.get(item.id) !== item) all.push(item);
  }
  return { puts: all, dels: before.filter((x) => !kept.has(x.id)).map((x) => x.id) };
}

/** The unit's operations and the bodies they carry, in order; a document's body offset is relative to the record's bodies. */
export function diffCatalogue(before: CatalogueFile, after: CatalogueFile): { ops: UnitOp[]; bodies: Buffer[]; putDocuments: CatalogueDocument[] } {
  const ops: UnitOp[] = [];
  const bodies: Buffer[] = [];
  const documents = changedItems(before.documents, after.documents);
  const services = changedItems<ServiceStandard>(before.services, after.services);
  let offset = 0;
  for (const doc of documents.puts) {
    const { meta, body } = splitBody(doc);
    if (body === undefined) { ops.push({ put: 'document', v: meta }); continue; }
    const bytes = Buffer.from(body);
    bodies.push(bytes);
    ops.push({ put: 'document', v: meta, b: [offset, bytes.length, crc32(bytes)] });
    offset += bytes.length;
  }
  for (const id of documents.dels) ops.push({ del: 'document', id });
  for (const s of services.puts) ops.push({ put: 'service', v: s });
  for (const id of services.dels) ops.push({ del: 'service', id });
  if (before.sample !== after.sample || JSON.stringify(before.sampleIds) !== JSON.stringify(after.sampleIds)) {
    ops.push({ meta: { sample: after.sample, ...(after.sampleIds ? { sampleIds: after.sampleIds } : {}) } });
  }
  return { ops, bodies, putDocuments: documents.puts };
}
