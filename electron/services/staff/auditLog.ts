import { auditNoteEnglish } from '../../contract/auditNote';
import { open, readFile, stat, truncate } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Actor, AuditChange } from '../../contract/handler';
import { AuditRecord, type AuditFilter } from '../../contract/staff';
import type { Clock, Log } from '../runtime';
import { textMatcher } from '../search/matchesText';
import { removeLeftoverTemps, writeFileDurably } from '../store/durableFile';
import { PRIVATE_FILE } from '../store/privateFolder';
import { checkLine, GENESIS_HASH, hashOf, readLines, sha256Hex, verifyAuditFile, type ChainState } from './auditChain';
import { notHolderError } from '../store/saveError';
import { AUDIT_SEQ_KEY } from '../store/jsonStore';
import type { StoreHead } from './auditReconcile';

export const AUDIT_FILE = 'audit.ndjson';
/**
 * The trail's last entry, kept beside it and stamped like a store: an entry that writes no store
 * (a sign-in, a view of personal data) left no stamp anywhere, so cutting it off the end went
 * unseen; with this file such a cut is found like any other (staff.ts at start-up, verify).
 */
export const AUDIT_HEAD_FILE = 'audit-head.json';

/** What is appended: the dispatcher's entry (structurally) or a security event of our own. */
export interface AuditInput {
  at?: string;
  actor?: Actor | null;
  /** 'ipc' | 'http' | 'cli' | 'test' from a call; 'system' for start-up events. */
  transport: string;
  method: string;
  changes: AuditChange[];
  /** For a changing call: the stores its unit writes after this entry (see store/folderWriter.ts). */
  stores?: string[];
}

/** Something found when opening the trail that staff must hear about. */
export interface AuditOpenNote { th: string; en: string; change: AuditChange }

/**
 * The append-only audit trail `audit.ndjson`: one JSON line per entry, each chained to the one
 * before by its hash, each written with one write + fdatasync. Appends are serialised so the
 * chain never forks under concurrent calls.
 */
export async function openAuditLog(options: { dataDir: string; clock: Clock; log: Log; owner: boolean }) {
  const path = join(options.dataDir, AUDIT_FILE);
  const headPath = join(options.dataDir, AUDIT_HEAD_FILE);
  const headSeq = await readHeadSeq(headPath);
  if (options.owner) await removeLeftoverTemps(headPath); // a head write a kill cut short
  const { state: opened, size: openedSize, notes } = await prepareTail(path, options.clock, options.owner);
  let state = opened;
  let size = openedSize;
  let queue: Promise<unknown> = Promise.resolve();

  async function write(input: AuditInput): Promise<AuditRecord> {
    // A process not holding the folder never appends: its seq may be stale (another writer may have taken the folder).
    if (!options.owner) throw notHolderError();
    const actor = input.actor ? { id: input.actor.id, name: input.actor.name, role: input.actor.role } : null;
    // Through JSON once, so what is hashed is exactly what a reader will parse back.
    const body = JSON.parse(JSON.stringify({
      seq: state.seq + 1, at: input.at ?? options.clock.now().toISOString(), actor,
      transport: input.transport, method: input.method, changes: input.changes,
      ...(input.stores?.length ? { stores: input.stores } : {}), prevHash: state.hash,
    })) as Omit<AuditRecord, 'hash'>;
    const record: AuditRecord = { ...body, hash: hashOf(body) };
    const line = JSON.stringify(record) + '\n';
    const handle = await open(path, 'a', PRIVATE_FILE);
    try {
      await handle.appendFile(line); // writes it all or throws: write() may store part of it and say so only in bytesWritten
      await handle.datasync();
    } catch (error) {
      // Leave no half line behind for the next append to run into.
      await truncate(path, size).catch(() => undefined);
      throw error;
    } finally {
      await handle.close();
    }
    size += Buffer.byteLength(line);
    state = { seq: record.seq, hash: record.hash };
    // After the entry, never before: a head ahead of the trail means entries were removed. A head
    // that could not be written only lags (the next entry writes it), so the entry stands.
    await writeFileDurably(headPath, `${JSON.stringify({ hash: record.hash, [AUDIT_SEQ_KEY]: record.seq })}\n`)
      .catch((error: unknown) => options.log.warn('the audit trail\'s head file could not be written', { error: String(error) }));
    return record;
  }

  return {
    path,
    /** Notes from opening (a torn last line set aside, a damaged end): record and show them once. */
    openNotes: notes,
    /** The seq of the trail's last entry (0 when empty). */
    lastSeq: () => state.seq,
    /** The head file's stamp as this open found it, beside the stores' (see AUDIT_HEAD_FILE). */
    headStamp: (): StoreHead[] => (headSeq === undefined ? [] : [{ store: AUDIT_HEAD_FILE, auditSeq: headSeq }]),
    /** The last entry's seq and hash: a report prints them, so the trail up to there can be checked against paper (verify --anchor). */
    head: (): ChainState => ({ ...state }),
    append(input: AuditInput): Promise<AuditRecord> {
      const run = queue.then(() => write(input));
      queue = run.catch(() => undefined);
      return run;
    },
    verify: () => verifyAuditFile(path),
    async list(options: { offset: number; limit: number; filter?: AuditFilter }): Promise<{ total: number; items: AuditRecord[] }> {
      const matches: AuditRecord[] = [];
      const text = options.filter?.text ? textMatcher(options.filter.text) : undefined;
      for (const record of await readAll(path)) if (matchesFilter(record, options.filter, text)) matches.push(record);
      matches.reverse();
      return { total: matches.length, items: matches.slice(options.offset, options.offset + options.limit) };
    },
    readAll: () => readAll(path),
  };
}
export type AuditLog = Awaited<ReturnType<typeof openAuditLog>>;

/** The seq the head file names, or undefined (none yet, or unreadable: then it says nothing). */
async function readHeadSeq(path: string): Promise<number | undefined> {
  try {
    const raw = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
    return typeof raw[AUDIT_SEQ_KEY] === 'number' ? raw[AUDIT_SEQ_KEY] : undefined;
  } catch {
    return undefined;
  }
}

/** Every line that has the shape of an entry, in file order (whether the chain holds is verify's business). */
async function readAll(path: string): Promise<AuditRecord[]> {
  const records: AuditRecord[] = [];
  try {
    for await (const { text } of readLines(path)) {
      const parsed = AuditRecord.safeParse(safeParse(text));
      if (parsed.success) records.push(parsed.data);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return records;
}

function matchesFilter(r: AuditRecord, filter: AuditFilter | undefined, text: ((haystack: string) => boolean) | undefined): boolean {
  if (!filter) return true;
  if (filter.method && !r.method.startsWith(filter.method)) return false;
  if (filter.actorId && r.actor?.id !== filter.actorId) return false;
  // Comparing prefixes lets "2025-01-31" include every time of that day.
  if (filter.from && r.at.slice(0, filter.from.length) < filter.from) return false;
  if (filter.to && r.at.slice(0, filter.to.length) > filter.to) return false;
  if (text && !text([r.method, r.actor?.name ?? '', ...r.changes.flatMap((c) => [c.target, c.note === undefined ? '' : auditNoteEnglish(c.note)])].join('\n'))) return false;
  return true;
}

/**
 * Finds where the chain continues without reading the whole file. A torn last line (power cut
 * mid-append) is set aside in `audit.ndjson.torn-<time>` and cut off, so the next append starts
 * on a clean line; a last line that does not check out is reported, and the chain continues
 * from it so later entries still link. Only the folder's holder (`repair`) touches the file: a
 * process that does not hold it (it never appends) leaves the torn line to the holder.
 */
async function prepareTail(path: string, clock: Clock, repair: boolean): Promise<{ state: ChainState; size: number; notes: AuditOpenNote[] }> {
  const notes: AuditOpenNote[] = [];
  const tail = await readTail(path);
  if (!tail) return { state: { seq: 0, hash: GENESIS_HASH }, size: 0, notes };
  let state: ChainState = { seq: 0, hash: GENESIS_HASH };
  if (tail.lastLine !== undefined) {
    const raw = safeParse(tail.lastLine);
    const self = raw && typeof raw.seq === 'number' && typeof raw.prevHash === 'string'
      ? checkLine(tail.lastLine, { seq: raw.seq - 1, hash: raw.prevHash }) : undefined;
    if (self?.ok) {
      state = { seq: self.record.seq, hash: self.record.hash };
    } else {
      const full = await verifyAuditFile(path);
      const lines = full.firstBad ? await countLines(path) : (full.lastSeq ?? 0);
      const recorded = typeof raw?.hash === 'string' && /^[0-9a-f]{64}$/.test(raw.hash) ? raw.hash : undefined;
      state = { seq: Math.max(lines, typeof raw?.seq === 'number' ? raw.seq : 0), hash: recorded ?? sha256Hex(tail.lastLine) };
      notes.push({
        th: 'บันทึกการตรวจสอบ (audit trail) เสียหายหรือถูกแก้ไข โปรดให้ผู้ดูแลระบบตรวจด้วยคำสั่ง verify',
        en: 'The audit trail is damaged or was edited; an administrator should run verify',
        change: { target: 'audit', note: { code: 'audit.unsound', ...(full.firstBad ? { firstBadLine: full.firstBad.line, reason: full.firstBad.reason, reasonTh: full.firstBad.reasonTh } : {}) } },
      });
    }
  }
  let size = tail.completeBytes;
  if (tail.fragment.length > 0 && repair) {
    const check = checkLine(tail.fragment.toString('utf8'), state);
    if (check.ok) {
      // The entry is whole; only its newline was lost.
      const handle = await open(path, 'a', PRIVATE_FILE);
      try { await handle.write('\n'); await handle.datasync(); } finally { await handle.close(); }
      state = { seq: check.record.seq, hash: check.record.hash };
      size += tail.fragment.length + 1;
    } else {
      const aside = `${path}.torn-${clock.now().toISOString().replace(/[:.]/g, '-')}`;
      await writeFileDurably(aside, tail.fragment);
      await truncate(path, tail.completeBytes);
      notes.push({
        th: 'ไฟฟ้าดับระหว่างบันทึกรายการตรวจสอบล่าสุด รายการที่ไม่สมบูรณ์ถูกแยกเก็บไว้แล้ว',
        en: 'The power failed while the last audit entry was being written; the unfinished entry was set aside',
        change: { target: 'audit', note: { code: 'audit.tornLine', bytes: tail.fragment.length, sha256: sha256Hex(tail.fragment), movedTo: basename(aside) } },
      });
    }
  }
  return { state, size, notes };
}

const safeParse = (text: string): Partial<AuditRecord> | undefined => {
  try { const v: unknown = JSON.parse(text); return typeof v === 'object' && v !== null ? (v as Partial<AuditRecord>) : undefined; } catch { return undefined; }
};

async function countLines(path: string): Promise<number> {
  let n = 0;
  for await (const { terminated } of readLines(path)) if (terminated) n++;
  return n;
}

/** The last complete line, any unterminated fragment after it, and the byte length up to that fragment. */
async function readTail(path: string): Promise<{ lastLine?: string; fragment: Buffer; completeBytes: number } | undefined> {
  const size = await stat(path).then((s) => s.size, () => undefined);
  if (!size) return undefined;
  const handle = await open(path, 'r');
  try {
    let position = size;
    let buffer = Buffer.alloc(0);
    let lastNewline = -1;
    let previousNewline = -1;
    while (position > 0) {
      const length = Math.min(64 * 1024, position);
      position -= length;
      const chunk = Buffer.alloc(length);
      await handle.read(chunk, 0, length, position);
      buffer = Buffer.concat([chunk, buffer]);
      lastNewline = buffer.lastIndexOf(10);
      previousNewline = lastNewline > 0 ? buffer.lastIndexOf(10, lastNewline - 1) : -1;
      if (previousNewline !== -1) break;
    }
    if (lastNewline === -1) return { fragment: buffer, completeBytes: 0 };
    return {
      lastLine: buffer.subarray(previousNewline + 1, lastNewline).toString('utf8'),
      fragment: buffer.subarray(lastNewline + 1),
      completeBytes: position + lastNewline + 1,
    };
  } finally {
    await handle.close();
  }
}
