import { AUDIT_ANCHOR_HEX } from '../../contract/reports';
import { readLines } from '../staff/auditChain';
import { CUT_SHORT_METHOD } from '../staff/auditReconcile';
import type { FolderProblem } from './dataCheck';

/*
 * The trail checked against what was written down outside it: the head file the kiosk stamps after
 * every entry, and the anchors reports print. Each finding is said in English and in Thai.
 */

/** A finding's text without its file. */
type Said = Omit<FolderProblem, 'file'>;

/** A trail line's own seq, hash and method (not a note's), or undefined when it is not an entry. */
function parsedEntry(text: string): { seq: number; hash: string; method: string } | undefined {
  let raw: unknown;
  try { raw = JSON.parse(text); } catch { return undefined; }
  const { seq, hash, method } = (raw ?? {}) as { seq?: unknown; hash?: unknown; method?: unknown };
  return typeof seq === 'number' && typeof hash === 'string' ? { seq, hash, method: typeof method === 'string' ? method : '' } : undefined;
}

/** Entries that explain an anchor not holding: a restore from an older backup, a cut the kiosk recorded. */
const EXPLAINING = new Set(['system.restored', CUT_SHORT_METHOD]);

/** An entry as a report printed it (ReportModel.auditAnchor): its seq and the start of its hash. */
export interface AuditAnchor { seq: number; hash: string }

/** `seq:hex` as a report prints it (spaces and dashes ignored), or undefined. */
export function parseAuditAnchor(text: string): AuditAnchor | undefined {
  // At least the digits a report prints: fewer would be within reach of a forger's search.
  const match = new RegExp(`^(\\d{1,12}):([0-9a-f]{${AUDIT_ANCHOR_HEX},64})$`).exec(text.trim().toLowerCase().replace(/[\s-]/g, ''));
  return match ? { seq: Number(match[1]), hash: match[2] as string } : undefined;
}

/** The hashes of the trail's entries `seqs` (the first line of each seq), read once. */
async function entryHashes(path: string, seqs: ReadonlySet<number>, explaining?: { seq: number; method: string }[]): Promise<Map<number, string>> {
  const found = new Map<number, string>();
  try {
    for await (const { text } of readLines(path)) {
      const record = parsedEntry(text);
      if (record && seqs.has(record.seq) && !found.has(record.seq)) found.set(record.seq, record.hash);
      if (record && explaining && EXPLAINING.has(record.method)) explaining.push({ seq: record.seq, method: record.method });
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return found;
}

/**
 * The trail's head file against the trail: an entry it names must still carry its hash (the last
 * entry rewritten and re-hashed passed the chain check), and a trail with entries should have
 * one (deleting it hid a cut of entries that wrote no store).
 */
export async function headProblems(path: string, head: { seq: number; hash: string } | undefined, entries: number, lastSeq: number): Promise<{ problem?: Said; warning?: Said }> {
  if (!head) {
    return entries > 0 ? { warning: {
      problemTh: 'ไม่พบไฟล์นี้ (ตู้บันทึกไฟล์นี้ทุกครั้งที่มีรายการใหม่ตั้งแต่ 7 ธ.ค. 2569 ไฟล์ถูกลบ หรือประวัติการแก้ไขเก่ากว่านั้น): หากรายการท้ายประวัติการแก้ไขที่ไม่ได้เปลี่ยนข้อมูลใดถูกตัดทิ้ง จะตรวจไม่พบจนกว่าจะมีรายการใหม่บันทึกไฟล์นี้อีกครั้ง',
      problem: 'missing (written after every entry since 7 Dec 2026; removed, or the trail is older): entries that wrote no store could be cut from the end of the trail unseen until the next entry writes it again',
    } } : {};
  }
  if (head.seq > lastSeq) return {}; // named with the stores ahead of the trail
  const hash = (await entryHashes(path, new Set([head.seq]))).get(head.seq);
  return hash === head.hash ? {} : { problem: {
    problemTh: `ระบุรายการที่ ${head.seq} รหัส ${head.hash.slice(0, 16)}… แต่รายการที่ ${head.seq} ในประวัติการแก้ไข${hash ? `มีรหัส ${hash.slice(0, 16)}…: รายการนั้นถูกแก้ไขหลังจากบันทึกไปแล้ว` : 'อ่านไม่ได้'}`,
    problem: `names entry ${head.seq} with hash ${head.hash.slice(0, 16)}…, but the trail's entry ${head.seq} ${hash ? `has ${hash.slice(0, 16)}…: it was rewritten after it was written` : 'cannot be read'}`,
  } };
}

/**
 * Whether the trail still holds each entry as a report printed it. The chain makes every entry's
 * hash depend on all before it, so one printed hash vouches for the trail up to its entry: a
 * rewritten trail (every hash recomputed) differs there, whatever else it fakes.
 */
export async function checkAnchors(path: string, anchors: readonly AuditAnchor[], lastSeq: number): Promise<Array<AuditAnchor & { problem?: Said }>> {
  const explaining: { seq: number; method: string }[] = [];
  const found = await entryHashes(path, new Set(anchors.map((a) => a.seq)), explaining);
  // What the trail itself says happened (the latest): a restore or a recorded cut explains an anchor gone.
  const said = explaining.at(-1);
  const cut = said?.method === CUT_SHORT_METHOD;
  const because = said ? `; the trail records ${cut ? 'a cut of its end' : 'a restore from a backup'} in entry ${said.seq}` : '';
  const becauseTh = said ? `; ประวัติการแก้ไขบันทึกไว้ในรายการที่ ${said.seq} ว่า${cut ? 'มีการตัดรายการท้ายประวัติออก' : 'มีการกู้คืนข้อมูลจากไฟล์สำรอง'}` : '';
  return anchors.map((anchor) => {
    const hash = found.get(anchor.seq);
    const printed = `${anchor.seq}:${anchor.hash}`;
    if (hash === undefined) {
      return { ...anchor, problem: anchor.seq > lastSeq
        ? {
          problemTh: `รายงานพิมพ์รายการ ${printed} ไว้ แต่ประวัติการแก้ไขสิ้นสุดที่รายการที่ ${lastSeq}: รายการท้ายประวัติถูกลบออกหลังจากนั้น${becauseTh}`,
          problem: `a report printed entry ${printed}, but the trail ends at entry ${lastSeq}: entries were removed from its end since${because}`,
        }
        : {
          problemTh: `รายงานพิมพ์รายการ ${printed} ไว้ แต่ในประวัติการแก้ไขไม่มีรายการที่ ${anchor.seq} ที่อ่านได้`,
          problem: `a report printed entry ${printed}, but the trail holds no readable entry ${anchor.seq}`,
        } };
    }
    if (!hash.startsWith(anchor.hash)) {
      const now = `${anchor.seq}:${hash.slice(0, anchor.hash.length)}`;
      return { ...anchor, problem: {
        problemTh: `รายการที่ ${anchor.seq} ไม่ใช่รายการเดียวกับที่รายงานพิมพ์ไว้ (${printed}; ตอนนี้เป็น ${now})${becauseTh || ': ประวัติการแก้ไขจนถึงรายการนั้นถูกเขียนขึ้นใหม่'}`,
        problem: `entry ${anchor.seq} is not the one a report printed (${printed}; the trail now has ${now})${because || ': the trail up to it was rewritten'}`,
      } };
    }
    return anchor;
  });
}
