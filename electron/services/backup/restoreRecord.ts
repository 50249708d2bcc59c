import { join } from 'node:path';
import type { AuditRecord } from '../../contract/staff';
import { silentLog } from '../runtime';
import { verifyAuditFile } from '../staff/auditChain';
import { AUDIT_FILE, openAuditLog } from '../staff/auditLog';
import { BACKED_UP_METHOD } from './backupArchive';
import { entryRef, trailFrom } from '../staff/auditReconcile';
import { carryCounters, checkFilings, REGISTERS_FILE, type FilingUndone } from './restoreFilings';

export const RESTORED_METHOD = 'system.restored';

export interface RestoreRecord {
  /** Entries of the replaced trail after the backup's last: the changes the restore undid. */
  undone: AuditRecord[];
  /** Set when the replaced trail did not continue the backup's: how many entries it held. */
  unrelated?: number;
  /** The citizens' filings the replaced registers held and the restored ones lack (absent when nothing was replaced). */
  filingsUndone?: FilingUndone[];
  /** Set when the replaced registers could not be read: why (English). */
  filingsUnchecked?: string;
}

/**
 * What a restore undoes, written as the next entry of the trail being restored (the backup's own,
 * in the staging folder, before it replaces the data folder: the folder arrives with its entry in
 * one rename). Without it, the entries made after the backup would vanish without a trace and
 * `verify` would still call the chain intact. Names the archive, when it was made, where the
 * replaced folder is kept, and every entry of the replaced trail after the backup's last, when the
 * replaced trail continues the backup's (else how many entries it held); and the citizens'
 * filings the replaced registers held that the restored ones lack, whose numbers the restored
 * registers' counters are raised past (restoreFilings), in the same unit.
 */
export async function recordRestore(options: { stagingDir: string; replacedDir?: string; keptIn?: string; archive: string; madeAt: string; now: Date }): Promise<RestoreRecord> {
  const restoredPath = join(options.stagingDir, AUDIT_FILE);
  const restoredEnd = (await verifyAuditFile(restoredPath)).last ?? { seq: 0, hash: '' };
  const found = options.replacedDir ? await replacedAfter(join(options.replacedDir, AUDIT_FILE), restoredPath, restoredEnd) : { undone: [] };
  // The citizens' filings only the replaced folder holds, and the numbers it handed out (outside
  // tester: a restore gave a citizen's reference number to the next citizen, and told no one).
  const filings = options.replacedDir ? await checkFilings({ replacedDir: options.replacedDir, stagingDir: options.stagingDir, undone: found.undone }) : undefined;
  const said = filings ? { filingsUndone: filings.filingsUndone, ...(filings.filingsUnchecked !== undefined ? { filingsUnchecked: filings.filingsUnchecked } : {}) } : {};
  const audit = await openAuditLog({ dataDir: options.stagingDir, clock: { now: () => options.now }, log: silentLog, owner: true });
  const entry = await audit.append({
    method: RESTORED_METHOD, transport: 'cli', actor: null,
    ...(filings?.raised ? { stores: [REGISTERS_FILE] } : {}),
    changes: [{
      target: 'folder:data',
      note: {
        code: 'backup.restored', archive: options.archive, madeAt: options.madeAt, undone: found.undone.map(entryRef),
        ...(options.keptIn ? { keptIn: options.keptIn } : {}),
        ...(found.unrelated !== undefined ? { unrelated: found.unrelated } : {}),
        ...said,
      },
    }],
  });
  if (filings?.raised) await carryCounters(options.stagingDir, filings.raised, entry.seq);
  return { ...found, ...said };
}

/** The replaced trail's entries after the restored one's end, if it continues it (shares its entry there, or ends inside it). */
async function replacedAfter(replacedPath: string, restoredPath: string, restoredEnd: { seq: number; hash: string }): Promise<RestoreRecord> {
  const replacedEnd = (await verifyAuditFile(replacedPath)).last;
  if (!replacedEnd || replacedEnd.seq === 0) return { undone: [] }; // an empty folder: nothing to undo
  const replaced = await trailFrom(replacedPath, restoredEnd.seq);
  const continues = replacedEnd.seq >= restoredEnd.seq
    ? restoredEnd.seq === 0 || replaced.at?.hash === restoredEnd.hash
    // It ends inside the backup's trail: the same history only if the backup holds its last entry too.
    : (await trailFrom(restoredPath, replacedEnd.seq)).at?.hash === replacedEnd.hash;
  // A backup taken since changed nothing (the archive's own entry is among these): not "undone".
  if (continues) return { undone: replaced.after.filter((e) => e.method !== BACKED_UP_METHOD) };
  return { undone: [], unrelated: replacedEnd.seq };
}
