import { open, stat } from 'node:fs/promises';
import type { AuditChange } from '../../contract/handler';
import type { EntryRef } from '../../contract/auditNote';
import { AuditRecord } from '../../contract/staff';
import { bangkokTimeText } from '../../contract/thaiCalendar';
import { auditActionName } from '../../contract/auditActions';
import { readLines } from './auditChain';

/** The method of the entry that says a sealed change never reached its stores. */
export const NOT_APPLIED_METHOD = 'system.unitNotApplied';

/** A store as it was opened: its file name and the seq of the last unit written to it. */
export interface StoreHead { store: string; auditSeq?: number }

const parseRecord = (text: string): AuditRecord | undefined => {
  try { const r = AuditRecord.safeParse(JSON.parse(text)); return r.success ? r.data : undefined; } catch { return undefined; }
};

/** Where the tail scan gives up: a unit's entry is among the last lines unless sign-ins flooded the trail. */
const TAIL_SCAN_BYTES = 4 * 1024 * 1024;

/** Entries from the end of the trail backwards, within the last `limit` bytes. */
async function* linesFromEnd(path: string, limit: number): AsyncGenerator<string> {
  const size = await stat(path).then((s) => s.size, () => 0);
  const handle = await open(path, 'r').catch(() => undefined);
  if (!handle) return;
  try {
    let position = size;
    let carry = Buffer.alloc(0);
    while (position > 0 && size - position < limit) {
      const length = Math.min(64 * 1024, position);
      position -= length;
      const chunk = Buffer.alloc(length);
      await handle.read(chunk, 0, length, position);
      let data = Buffer.concat([chunk, carry]);
      let newline = data.lastIndexOf(10, data.length - 1);
      // The part before the first newline may be a line cut by the chunk boundary: carry it.
      while (newline !== -1) {
        const line = data.subarray(newline + 1).toString('utf8');
        if (line.trim()) yield line;
        data = data.subarray(0, newline);
        newline = data.lastIndexOf(10);
      }
      carry = data;
    }
    if (position === 0 && carry.length) yield carry.toString('utf8');
  } finally {
    await handle.close();
  }
}

/**
 * The last sealed unit whose write did not reach every store it named, if any. Units are written
 * one at a time and a failed write is recorded before the next may seal, so only the last unit
 * can be unrecorded: a kill between its audit entry and its store write.
 */
export async function findUnappliedUnit(path: string, heads: readonly StoreHead[]): Promise<{ seq: number; stores: string[] } | undefined> {
  const seqOf = new Map(heads.map((h) => [h.store, h.auditSeq ?? 0]));
  for await (const line of linesFromEnd(path, TAIL_SCAN_BYTES)) {
    const record = parseRecord(line);
    if (!record) continue;
    if (record.method === NOT_APPLIED_METHOD) return undefined;
    if (!record.stores?.length) continue;
    const missing = record.stores.filter((s) => seqOf.has(s) && (seqOf.get(s) ?? 0) < record.seq);
    return missing.length ? { seq: record.seq, stores: missing } : undefined;
  }
  return undefined;
}

/**
 * The trail's last entry of `method` (within its tail), unless an entry `seen` accepts comes after
 * it: what start-up must still tell staff (e.g. a restore, until an administrator has signed in).
 */
export async function lastEntryUnseen(path: string, method: string, seen: (record: AuditRecord) => boolean): Promise<AuditRecord | undefined> {
  for await (const line of linesFromEnd(path, TAIL_SCAN_BYTES)) {
    const record = parseRecord(line);
    if (!record) continue;
    if (record.method === method) return record;
    if (seen(record)) return undefined;
  }
  return undefined;
}

/** The audit change that records a sealed unit as not applied. */
export function notAppliedChange(seq: number, stores: string[], reason: string): AuditChange {
  return { target: `audit:${seq}`, note: { code: 'audit.unitNotApplied', seq, stores, reason } };
}

/**
 * Stores written under an entry later than the trail's last: a change's entry is on disk before
 * its store is written (folderWriter), so the trail can only be behind a store when entries were
 * removed from its end. Without this, the next change would take the missing seqs again.
 */
export const storesAheadOfTrail = (heads: readonly StoreHead[], lastSeq: number): { store: string; seq: number }[] =>
  heads.flatMap((h) => (h.auditSeq !== undefined && h.auditSeq > lastSeq ? [{ store: h.store, seq: h.auditSeq }] : []));

export const CUT_SHORT_METHOD = 'system.auditCutShort';

/**
 * The stamps (`store:seq`) a `system.auditCutShort` entry already recorded as ahead of the trail,
 * with that entry: the cut is said once, and later starts and `verify` know it was recorded.
 */
export async function recordedCuts(path: string): Promise<Map<string, AuditRecord>> {
  const recorded = new Map<string, AuditRecord>();
  try {
    for await (const { text } of readLines(path)) {
      if (!text.includes(CUT_SHORT_METHOD)) continue;
      const record = parseRecord(text);
      const note = record?.changes[0]?.note;
      if (!record || record.method !== CUT_SHORT_METHOD || typeof note !== 'object' || note.code !== 'audit.cutShort') continue;
      for (const h of note.stores) recorded.set(`${h.store}:${h.seq}`, record);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return recorded;
}

/** One entry as the trail's notes list it: seq, action, time as written (UTC ISO), who, what. */
/** An entry as another entry's note names it (contract/auditNote's EntryRef). */
export const entryRef = (e: AuditRecord): EntryRef => ({
  seq: e.seq, method: e.method, at: e.at, ...(e.actor?.name ? { actor: e.actor.name } : {}), targets: e.changes.map((c) => c.target),
});

/** The entry of `seq` and every entry after it, in order (a trail that cannot be read: none). */
export async function trailFrom(path: string, seq: number): Promise<{ at?: AuditRecord; after: AuditRecord[] }> {
  const after: AuditRecord[] = [];
  let at: AuditRecord | undefined;
  try {
    for await (const { text } of readLines(path)) {
      const record = parseRecord(text);
      if (!record || record.seq < seq) continue;
      if (record.seq === seq) at = record; else after.push(record);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return { at, after };
}

/** One lost change as staff must redo it: seq, action, Bangkok time (the trail keeps UTC), who, what. */
export const lostChangeLine = (e: AuditRecord, language: string): string =>
  `#${e.seq} ${auditActionName(e.method, language)} ${bangkokTimeText(e.at, language)} ${e.actor?.name ?? ''} ${e.changes.map((c) => c.target).join(' ')}`.trim();

/** Entries after `afterSeq` that changed `store`: what a recovery from an older copy lost. */
export async function changesAfter(path: string, store: string, afterSeq: number): Promise<AuditRecord[]> {
  const found: AuditRecord[] = [];
  const notApplied = new Set<string>();
  try {
    for await (const { text } of readLines(path)) {
      const record = parseRecord(text);
      if (!record || record.seq <= afterSeq) continue;
      if (record.method === NOT_APPLIED_METHOD) for (const c of record.changes) notApplied.add(c.target);
      else if (record.stores?.includes(store)) found.push(record);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return found.filter((r) => !notApplied.has(`audit:${r.seq}`));
}
