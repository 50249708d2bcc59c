import { join } from 'node:path';
import { silentLog } from '../runtime';
import { verifyAuditFile } from '../staff/auditChain';
import { AUDIT_FILE, openAuditLog } from '../staff/auditLog';
import { entryLine, trailFrom } from '../staff/auditReconcile';

export const RESTORED_METHOD = 'system.restored';

/**
 * What a restore undid, written as the first entry of the restored trail: a restore puts back the
 * backup's own audit trail, so without it the entries made after the backup would vanish without
 * a trace and `verify` would still call the chain intact. Names the archive, when it was made,
 * where the replaced folder was kept, and every entry of the replaced trail after the backup's
 * last (when the replaced trail continues the backup's; else how many entries it held).
 */
export async function recordRestore(options: { dataDir: string; previousDir?: string; archive: string; madeAt: string; now: Date }): Promise<{ undone: string[]; unrelated?: number }> {
  const restoredEnd = (await verifyAuditFile(join(options.dataDir, AUDIT_FILE))).last ?? { seq: 0, hash: '' };
  const replaced = options.previousDir
    ? await trailFrom(join(options.previousDir, AUDIT_FILE), restoredEnd.seq)
    : { at: undefined, after: [] };
  // The replaced trail continues the backup's when it holds the backup's last entry, the same one;
  // a trail that ends before it (or an empty folder) has nothing after the backup to undo.
  const continues = restoredEnd.seq === 0 || (replaced.at ? replaced.at.hash === restoredEnd.hash : replaced.after.length === 0);
  const undone = continues ? replaced.after.map(entryLine) : [];
  const unrelated = continues ? undefined : replaced.after.length + (replaced.at ? 1 : 0);
  const audit = await openAuditLog({ dataDir: options.dataDir, clock: { now: () => options.now }, log: silentLog, owner: true });
  await audit.append({
    method: RESTORED_METHOD, transport: 'cli', actor: null,
    changes: [{
      target: 'folder:data',
      note: {
        code: 'backup.restored', archive: options.archive, madeAt: options.madeAt, undone,
        ...(options.previousDir ? { keptIn: options.previousDir.split(/[\\/]/).at(-1) ?? options.previousDir } : {}),
        ...(unrelated !== undefined ? { unrelated } : {}),
      },
    }],
  });
  return { undone, ...(unrelated !== undefined ? { unrelated } : {}) };
}
