import type { CallContext } from '../../contract/handler';
import type { CatalogueDocument, ServiceStandard } from '../../contract/schemas';
import type { Catalogue } from '../catalogue/catalogue';
import type { Clock } from '../runtime';
import { canonical } from '../../contract/canonical';

export interface ApplyInput {
  source: string;
  revision: number;
  documents: CatalogueDocument[];
  services: ServiceStandard[];
  retired: { kind: 'document' | 'service'; id: string }[];
}

const SHOWN_IDS = 50;

/**
 * The handler of `fleet.apply`: a batch of central changes becomes one catalogue change through
 * the catalogue's own commit path (so one audit entry, and the search index hears of it). Central
 * wins over a kiosk's local edit of a central item; the entry lists the local edits it replaced.
 */
export async function applyBatch(catalogue: Catalogue, clock: Clock, input: ApplyInput, context: CallContext) {
  const current = catalogue.snapshot();
  const docs = new Map(current.documents.map((d) => [d.id, d]));
  const services = new Map(current.services.map((s) => [s.id, s]));
  const added: string[] = [];
  const updated: string[] = [];
  const retired: string[] = [];
  let unchanged = 0;
  const nextDocs = new Map<string, CatalogueDocument>();
  const nextServices = new Map<string, ServiceStandard>();
  for (const d of input.documents) {
    const had = docs.get(d.id);
    if (had && canonical(had) === canonical(d)) { unchanged++; continue; }
    (had ? updated : added).push(d.id);
    nextDocs.set(d.id, d);
  }
  for (const s of input.services) {
    const had = services.get(s.id);
    if (had && canonical(had) === canonical(s)) { unchanged++; continue; }
    (had ? updated : added).push(s.id);
    nextServices.set(s.id, s);
  }
  const now = clock.now().toISOString();
  for (const r of input.retired) {
    const had = r.kind === 'document' ? docs.get(r.id) : services.get(r.id);
    if (!had || had.status === 'retired') { unchanged++; continue; }
    retired.push(r.id);
    if (r.kind === 'document') nextDocs.set(r.id, { ...(had as CatalogueDocument), status: 'retired', updatedAt: now });
    else nextServices.set(r.id, { ...(had as ServiceStandard), status: 'retired', updatedAt: now });
  }
  const result = { added: added.length, updated: updated.length, retired: retired.length, unchanged };
  if (nextDocs.size + nextServices.size === 0) return result;

  const change = nextServices.size > 0 ? { kind: 'all' as const } : { kind: 'documents' as const, ids: [...nextDocs.keys()] };
  await catalogue.update(change, (draft) => {
    draft.documents = draft.documents.map((d) => nextDocs.get(d.id) ?? d);
    for (const id of added) { const d = nextDocs.get(id); if (d) draft.documents.push(d); }
    draft.services = draft.services.map((s) => nextServices.get(s.id) ?? s);
    for (const id of added) { const s = nextServices.get(id); if (s) draft.services.push(s); }
  });
  const list = (ids: string[]) => ids.length > SHOWN_IDS ? [...ids.slice(0, SHOWN_IDS), `… +${ids.length - SHOWN_IDS}`] : ids;
  context.recordChange({
    target: 'catalogue',
    note: { code: 'fleet.applied', source: input.source, revision: String(input.revision), added: added.length, updated: updated.length, retired: retired.length },
    before: { replaced: list(updated) },
    after: { source: input.source, revision: input.revision, added: list(added), updated: list(updated), retired: list(retired) },
  });
  return result;
}
