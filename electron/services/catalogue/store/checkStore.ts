import { CatalogueFile } from '../catalogueFile';
import { BodyDamage } from './blobFile';
import { STORE_FOLDER, loadCatalogueFolder } from './catalogueStore';

/** A finding as `verify` reports it: the English `problem`, and `problemTh` said for the centre's staff. */
interface Finding { file: string; problem: string; problemTh: string }

/** What a damaged store was found to be (StoreRecovery.problem), in Thai; the English detail says more. */
const recoveryTh = { empty: 'หายไปหรือว่างเปล่า', unparseable: 'อ่านไม่ได้ (ไฟล์เสียหาย)', invalid: 'เสียหายหรือไม่ครบ' } as const;

/**
 * `verify` for the catalogue store, read only: the generation's and the log's crcs (at load),
 * every document's body against its crc, and every item against the stored schema.
 */
export async function checkCatalogueStore(dataDir: string): Promise<{ catalogue?: CatalogueFile; auditSeq?: number; problems: Finding[]; warnings: Finding[] }> {
  const problems: Finding[] = [];
  const warnings: Finding[] = [];
  let loaded;
  try { loaded = await loadCatalogueFolder(dataDir); } catch (error) {
    return { problems: [{ file: STORE_FOLDER, problemTh: 'อ่านรายการเอกสารและคู่มือบริการไม่ได้', problem: `cannot be read: ${(error as Error).message}` }], warnings };
  }
  try {
    const { recovery } = loaded;
    if (recovery) {
      problems.push({
        file: STORE_FOLDER,
        problemTh: `ไฟล์รายการเอกสารและคู่มือบริการ${recoveryTh[recovery.problem]}${recovery.restoredFrom ? ` ตู้จะสร้างขึ้นใหม่จากสำเนาก่อนหน้า (${recovery.restoredFrom}) เมื่อเปิดครั้งถัดไป` : ''}`,
        problem: `${recovery.detail}${recovery.restoredFrom ? ` (the kiosk rebuilds it from ${recovery.restoredFrom} at its next start)` : ''}`,
      });
    }
    if (loaded.tornBytes > 0) {
      warnings.push({
        file: `${STORE_FOLDER}/log`,
        problemTh: `ข้อมูลชุดสุดท้าย (${loaded.tornBytes} ไบต์) บันทึกไม่สมบูรณ์เพราะไฟดับระหว่างบันทึก (ยังไม่เคยแจ้งว่าบันทึกสำเร็จ) ตู้จะตัดทิ้งเมื่อเปิดครั้งถัดไป`,
        problem: `the last unit (${loaded.tornBytes} bytes) is cut short (power cut mid-write, never acknowledged); the kiosk drops it at its next start`,
      });
    }
    const documents = [];
    for (const d of loaded.state.documents) {
      try { documents.push({ ...d }); } catch (error) {
        if (!(error instanceof BodyDamage)) throw error;
        problems.push({ file: STORE_FOLDER, problemTh: `เนื้อหาของเอกสาร "${d.id}" เสียหาย`, problem: `document "${d.id}": ${error.message}` });
      }
    }
    const result = CatalogueFile.safeParse({ ...loaded.state, documents });
    if (!result.success) {
      const issue = result.error.issues[0];
      const at = issue?.path.join('.') || '(root)';
      problems.push({ file: STORE_FOLDER, problemTh: `ข้อมูลไม่ตรงตามรูปแบบที่กำหนด ที่ ${at}`, problem: `does not match its schema at ${at}: ${issue?.message ?? 'invalid'}` });
      return { problems, warnings };
    }
    return { catalogue: result.data, ...(loaded.auditSeq !== undefined ? { auditSeq: loaded.auditSeq } : {}), problems, warnings };
  } finally {
    for (const blob of loaded.blobs) blob.close();
  }
}
