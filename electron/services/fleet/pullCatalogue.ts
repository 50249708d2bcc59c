import { createHash } from 'node:crypto';
import { CatalogueDocument, ServiceStandard } from '../../contract/schemas';
import type { RefusedDocument } from '../../contract/fleet';
import type { Catalogue } from '../catalogue/catalogue';
import { extractPdfText } from '../catalogue/pdfText';
import type { CentreClient } from './centreClient';
import { centreDatabases, fileDocId } from './centreLayout';
import type { ApplyInput } from './applyBatch';

/** A central catalogue document as the centre stores it: the kiosk's own record under `item`. */
export interface CentralDoc { _id: string; _rev: string; _deleted?: boolean; type?: string; item?: unknown }

export interface PulledBatch { batch: Omit<ApplyInput, 'source' | 'revision'>; refused: RefusedDocument[]; waiting: string[]; accepted: string[] }

const kindOf = (id: string): 'document' | 'service' | undefined =>
  id.startsWith('document:') ? 'document' : id.startsWith('service:') ? 'service' : undefined;

/**
 * Turns central documents into a batch for `fleet.apply`: each is parsed with the contract's
 * schema (one that fails is refused whole, with its reason) and a document whose PDF is not here
 * yet waits until its file has arrived and matched its hash.
 */
export async function batchFromCentral(docs: CentralDoc[], deps: { catalogue: Catalogue; files: CentreClient }): Promise<PulledBatch> {
  const out: PulledBatch = { batch: { documents: [], services: [], retired: [] }, refused: [], waiting: [], accepted: [] };
  for (const doc of docs) {
    const kind = kindOf(doc._id);
    if (!kind) continue; // design documents and anything not ours
    const id = doc._id.slice(kind.length + 1);
    if (doc._deleted) { out.batch.retired.push({ kind, id }); out.accepted.push(doc._id); continue; }
    const parsed = (kind === 'document' ? CatalogueDocument : ServiceStandard).safeParse(doc.item);
    if (!parsed.success || parsed.data.id !== id) {
      const issue = parsed.success ? { path: ['id'], message: `id ${parsed.data.id} does not match ${id}` } : parsed.error.issues[0];
      out.refused.push({ id: doc._id, rev: doc._rev, reason: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`.slice(0, 300) });
      continue;
    }
    if (kind === 'document') {
      const d = parsed.data as CatalogueDocument;
      if (d.file && !(await deps.catalogue.files.hasPdf(d.file.sha256)) && !(await fetchPdf(d.file.sha256, deps))) { out.waiting.push(doc._id); continue; }
      out.batch.documents.push(d);
    } else out.batch.services.push(parsed.data as ServiceStandard);
    out.accepted.push(doc._id);
  }
  return out;
}

/**
 * PDFs travel by plain HTTP GET by hash, not by replication (PouchDB stalls on attachments of a
 * few MB, pouchdb#5779): what arrives is kept only if its sha256 is the one the document names.
 */
async function fetchPdf(sha256: string, deps: { catalogue: Catalogue; files: CentreClient }): Promise<boolean> {
  const url = `${deps.files.central}/${centreDatabases.files}/${encodeURIComponent(fileDocId(sha256))}/pdf`;
  const response = await fetch(url, { headers: deps.files.auth ? { authorization: deps.files.auth } : {}, signal: AbortSignal.timeout(120_000) }).catch(() => undefined);
  if (!response?.ok) return false;
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (createHash('sha256').update(bytes).digest('hex') !== sha256) return false;
  await deps.catalogue.files.putPdf(bytes);
  const text = await extractPdfText(bytes).then((t) => t.text, () => '');
  if (text) await deps.catalogue.files.putText(sha256, text);
  return true;
}
