import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { AuditRecord, type AuditVerifyReport } from '../../contract/staff';

/** The prevHash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every level: the same value always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).filter((k) => record[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
}

export const sha256Hex = (text: string | Uint8Array) => createHash('sha256').update(text).digest('hex');

export function hashOf(entry: Omit<AuditRecord, 'hash'> & { hash?: string }): string {
  const { hash: _ignored, ...body } = entry;
  return sha256Hex(entry.prevHash + canonicalJson(body));
}

export interface ChainState { seq: number; hash: string }

/** Why a line fails, in English and in Thai (`verify`, the kiosk's audit screen and its start-up note show both). */
export type LineCheck = { ok: true; record: AuditRecord } | { ok: false; reason: string; reasonTh: string; seq?: number };

/** Checks one line against the entry before it. */
export function checkLine(text: string, state: ChainState): LineCheck {
  let raw: unknown;
  try { raw = JSON.parse(text); } catch { return { ok: false, reasonTh: 'อ่านไม่ได้ (ถูกแก้ไขหรือเสียหาย)', reason: 'not valid JSON (edited or damaged)' }; }
  const seqOf = (v: unknown) => (typeof v === 'object' && v !== null && typeof (v as { seq?: unknown }).seq === 'number' ? (v as { seq: number }).seq : undefined);
  const parsed = AuditRecord.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'root';
    return { ok: false, seq: seqOf(raw), reasonTh: `ไม่ใช่รายการประวัติการแก้ไขที่ถูกต้อง (ช่อง ${field})`, reason: `not an audit entry (${field}: ${issue?.message ?? 'invalid'})` };
  }
  const record = parsed.data;
  if (record.seq !== state.seq + 1) {
    return { ok: false, seq: record.seq, reasonTh: `เป็นรายการที่ ${record.seq} แต่ควรเป็นรายการที่ ${state.seq + 1} (มีรายการหายไปหรือถูกแทรกเข้ามา)`, reason: `seq ${record.seq} where ${state.seq + 1} was expected (an entry is missing or was inserted)` };
  }
  if (record.prevHash !== state.hash) return { ok: false, seq: record.seq, reasonTh: 'ไม่ต่อกับรายการก่อนหน้า (รหัสของรายการก่อนหน้าที่อ้างถึงไม่ตรงกัน)', reason: 'prevHash does not match the entry before it' };
  if (hashOf(record) !== record.hash) return { ok: false, seq: record.seq, reasonTh: 'เนื้อหาไม่ตรงกับรหัสตรวจสอบของรายการ (รายการนี้ถูกแก้ไข)', reason: 'content does not match its hash (the entry was edited)' };
  return { ok: true, record };
}

/** Yields the lines of a file; the last one has `terminated: false` when the file does not end with a newline. */
export async function* readLines(path: string): AsyncGenerator<{ text: string; line: number; bytes: number; terminated: boolean }> {
  const handle = await open(path, 'r');
  try {
    let carry = Buffer.alloc(0);
    let line = 0;
    const chunk = Buffer.alloc(256 * 1024);
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      let data = Buffer.concat([carry, chunk.subarray(0, bytesRead)]);
      let newline = data.indexOf(10);
      while (newline !== -1) {
        line++;
        yield { text: data.subarray(0, newline).toString('utf8'), line, bytes: newline + 1, terminated: true };
        data = data.subarray(newline + 1);
        newline = data.indexOf(10);
      }
      carry = Buffer.from(data);
    }
    if (carry.length > 0) yield { text: carry.toString('utf8'), line: line + 1, bytes: carry.length, terminated: false };
  } finally {
    await handle.close();
  }
}

/**
 * Re-reads the whole trail: seq continuity and the hash chain. Stops at the first bad entry and
 * names it. A last line without its newline that does not check out is a torn append (power
 * cut), reported apart from tampering.
 */
export async function verifyAuditFile(path: string): Promise<AuditVerifyReport & { last?: ChainState }> {
  let state: ChainState = { seq: 0, hash: GENESIS_HASH };
  let entries = 0;
  try {
    for await (const { text, line, bytes, terminated } of readLines(path)) {
      const check = checkLine(text, state);
      if (!check.ok) {
        if (!terminated) return { sound: true, entries, lastSeq: entries ? state.seq : undefined, torn: { line, bytes }, last: state };
        return { sound: false, entries, lastSeq: entries ? state.seq : undefined, firstBad: { line, seq: check.seq, reason: check.reason, reasonTh: check.reasonTh }, last: state };
      }
      state = { seq: check.record.seq, hash: check.record.hash };
      entries++;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { sound: true, entries: 0 };
    throw error;
  }
  return { sound: true, entries, lastSeq: entries ? state.seq : undefined, last: state };
}
