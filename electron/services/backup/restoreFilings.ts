import { join } from 'node:path';
import type { z } from 'zod';
import { kindOfRef, type RegisterKind } from '../../contract/registers';
import type { AuditRecord } from '../../contract/staff';
import { readTextIfExists, writeFileDurably } from '../store/durableFile';
import { parseStore, storeText } from '../store/jsonStore';
import { defaultRegisterSettings, RegistersFile } from '../registers/registers';
import { counterKey } from '../registers/referenceNumber';

export const REGISTERS_FILE = 'registers.json';

/** A citizen's filing as the restore names it: reference, kind, day received (no personal data). */
export interface FilingUndone { ref: string; kind: RegisterKind; receivedOn: string }

export interface FilingsCheck {
  /** Filings the replaced registers held that the restored ones lack, in the order they were filed. */
  filingsUndone: FilingUndone[];
  /** Set when the replaced registers could not be read: why (English). */
  filingsUnchecked?: string;
  /** The restored counters raised past every number the replaced folder handed out; undefined when none needs raising. */
  raised?: Record<string, number>;
}

const REF = /^(\S+)-(\d{4})-(\d{1,9})$/;

/** A reference number's counter key and running number, or undefined when it is not one of ours. */
function numberOf(ref: string): { key: string; n: number } | undefined {
  const match = REF.exec(ref);
  const kind = match ? kindOfRef(ref) : undefined;
  return match && kind ? { key: counterKey(kind, Number(match[2])), n: Number(match[3]) } : undefined;
}

/**
 * Compares the registers of the folder a restore replaces with the restored ones (in staging): the
 * filings only the replaced folder holds, and the counters the restored registers need so that no
 * reference number handed to a citizen is handed out again. Numbers come from the replaced
 * counters and items, and from the undone audit entries' targets (`register:<ref>`), so a replaced
 * registers file that cannot be read still carries the numbers its trail names.
 */
export async function checkFilings(options: { replacedDir: string; stagingDir: string; undone: readonly AuditRecord[] }): Promise<FilingsCheck> {
  const restored = await readRegisters(join(options.stagingDir, REGISTERS_FILE));
  const restoredCounters: Record<string, number> = restored?.counters ?? {};
  const restoredIds = new Set((restored?.items ?? []).map((i) => i.id));
  const highest = new Map<string, number>();
  const handedOut = (ref: string) => {
    const found = numberOf(ref);
    if (found && found.n > (highest.get(found.key) ?? 0)) highest.set(found.key, found.n);
  };
  for (const e of options.undone) for (const c of e.changes) if (c.target.startsWith('register:')) handedOut(c.target.slice('register:'.length));

  let filingsUndone: FilingUndone[] = [];
  let filingsUnchecked: string | undefined;
  try {
    const replaced = await readRegisters(join(options.replacedDir, REGISTERS_FILE));
    if (replaced) {
      for (const [key, n] of Object.entries(replaced.counters)) if (n > (highest.get(key) ?? 0)) highest.set(key, n);
      for (const item of replaced.items) handedOut(item.ref);
      filingsUndone = replaced.items.filter((i) => !restoredIds.has(i.id)).map((i) => ({ ref: i.ref, kind: i.kind, receivedOn: i.receivedOn }));
    }
  } catch (error) {
    filingsUnchecked = (error as Error).message;
  }
  const raised = Object.fromEntries([...highest].filter(([key, n]) => n > (restoredCounters[key] ?? 0)));
  return { filingsUndone, ...(filingsUnchecked !== undefined ? { filingsUnchecked } : {}), ...(Object.keys(raised).length ? { raised } : {}) };
}

/**
 * Writes the raised counters into the restored registers (in staging), stamped with the restore's
 * audit entry: the restore and its change to the registers are one unit.
 */
export async function carryCounters(stagingDir: string, raised: Record<string, number>, auditSeq: number): Promise<void> {
  const path = join(stagingDir, REGISTERS_FILE);
  const current = await readRegisters(path) ?? { version: 1 as const, settings: defaultRegisterSettings(), counters: {}, items: [] };
  await writeFileDurably(path, storeText({ ...current, counters: { ...current.counters, ...raised } }, auditSeq));
}

/** A registers file's data, or undefined when there is none; throws when it cannot be read. */
async function readRegisters(path: string): Promise<RegistersFile | undefined> {
  const text = await readTextIfExists(path);
  return text === undefined ? undefined : parseStore(text, RegistersFile, path).data;
}
type RegistersFile = z.infer<typeof RegistersFile>;
