import type { CatalogueDocument } from '../../electron/contract/schemas';
import { createFolderWriter, type UnitAudit } from '../../electron/services/store/folderWriter';
import { openCatalogueStore } from '../../electron/services/catalogue/store/catalogueStore';
import { checkCatalogueStore } from '../../electron/services/catalogue/store/checkStore';
import { openAuditLog } from '../../electron/services/staff/auditLog';
import { silentLog } from '../../electron/services/runtime';

/** Thai text of a given length for bodies (the bench and the tests share it). */
export function thaiText(length: number, salt: number): string {
  const words = ['ประกาศ', 'จัดซื้อ', 'จัดจ้าง', 'งบประมาณ', 'สำนักงาน', 'ประกันสังคม', 'ผู้ประกันตน', 'สิทธิประโยชน์', 'กรณีว่างงาน', 'เงินสมทบ', 'ปีงบประมาณ', 'ข้อมูลข่าวสาร'];
  let out = '';
  for (let i = 0; out.length < length; i++) out += `${words[(i * 7 + salt) % words.length]} `;
  return out.slice(0, length).trim();
}

/** A stored document as the importer would make it: Thai title, summary, keywords and a 300–2,000 character body. */
export function generatedDocument(n: number, stamp = '2026-11-01T03:00:00.000Z'): CatalogueDocument {
  return {
    id: `gen-${String(n).padStart(6, '0')}`,
    title: { th: `ประกาศผลการจัดซื้อจัดจ้าง ฉบับที่ ${n}/๒๕๖๙`, en: `Procurement result ${n}` },
    category: (['proc-result', 'proc-announce', 's9-1', 'other'] as const)[n % 4]!,
    published: `2026-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`,
    unit: 'ฝ่ายพัสดุ',
    keywords: ['จัดซื้อ', `ปี ${2566 + (n % 4)}`],
    summary: { th: thaiText(120, n) },
    body: thaiText(300 + ((n * 7919) % 1701), n),
    status: 'active',
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** An audit stand-in for store-level tests and the bench: seals units with increasing seqs. */
export function countingAudit(start = 0): UnitAudit & { seq: number } {
  const audit = { seq: start, seal: () => Promise.resolve(++audit.seq), failed: () => Promise.resolve() };
  return audit;
}

/** Opens a data folder's catalogue store as the kiosk does, with its own writer. */
export async function openStore(dataDir: string, now = () => new Date('2026-12-05T03:00:00Z')) {
  const writer = createFolderWriter();
  const store = await openCatalogueStore({ dataDir, now, writer, owner: true });
  const audit = countingAudit(store.auditSeq() ?? 0);
  /** One committed unit, stamped with the next seq: the catalogue's `update` inside a changing call. */
  const unit = (mutate: (draft: ReturnType<typeof store.data>) => void) => writer.unit(() => store.commit((current) => {
    const draft = { ...current, documents: [...current.documents], services: [...current.services] };
    mutate(draft);
    return draft;
  }), audit);
  return { store, writer, audit, unit };
}

/**
 * The audit trail that the stand-in audit (countingAudit) or a lowdb fixture's stamp implies: sound
 * entries up to `entries` (by default the seq the catalogue store was last written under), so that
 * `verify` does not find the store written under entries the trail lacks.
 */
export async function trailUpTo(dataDir: string, entries?: number): Promise<void> {
  const upTo = entries ?? (await checkCatalogueStore(dataDir)).auditSeq ?? 0;
  const audit = await openAuditLog({ dataDir, clock: { now: () => new Date('2026-12-05T03:00:00Z') }, log: silentLog, owner: true });
  for (let seq = audit.lastSeq() + 1; seq <= upTo; seq++) {
    await audit.append({ method: 'documents.save', transport: 'test', actor: null, changes: [{ target: `document:gen-${seq}` }], stores: ['catalogue'] });
  }
}
