import { accessRefusal, contract, isMethodName, KioskError, type MethodName, type Result } from './contract/index';
import type { Actor, AuditChange, CallContext, HandlersFor } from './contract/handler';
import { refusalText, withSentences } from './contract/refusalText';
import type { Unchanged } from './contract/result';
import type { Clock, Log } from './services/runtime';
import { UnitNotWritten, type FolderWriter } from './services/store/folderWriter';
import { notHolderError, saveError, type FolderUser } from './services/store/saveError';

export interface AuditEntry {
  at: string;
  method: MethodName;
  actor?: Actor;
  transport: CallContext['transport'];
  changes: AuditChange[];
  /** The stores the call's unit writes once this entry is on disk. */
  stores: string[];
}

export interface DispatcherDeps {
  handlers: HandlersFor<MethodName>;
  clock: Clock;
  log: Log;
  /** The folder's one write path: a changing call and its audit entry are one unit. */
  writer?: FolderWriter;
  /** Appends a changing call's entry before its change is written; answers the entry's seq. */
  audit?: (entry: AuditEntry) => Promise<number | undefined>;
  /** Records that a sealed call's change could not be written after all. */
  auditNotApplied?: (seq: number, stores: string[], error: unknown) => Promise<void>;
  /**
   * This process does not hold the data folder (it could not be written when it started): every
   * changing call is refused, even once the disk has room again. Another writer may have taken the
   * folder meanwhile, and this process's copy of the data is then stale: a write would fork it.
   */
  readOnly?: boolean;
  /** Who the refusal of a read-only process addresses (the kiosk's staff, or whoever ran a CLI command); a kiosk unless said. */
  runsAs?: FolderUser;
}

/** What a transport knows of its caller. The role comes from here, never from the input. */
export type Caller = Pick<CallContext, 'transport' | 'actor'>;
export type Dispatch = (method: string, rawInput: unknown, caller: Caller) => Promise<Result<unknown>>;

function failure(code: KioskError['code'], th: string, en: string, details?: unknown): Result<never> {
  return { ok: false, error: { code, message: en, messageTh: th, details } };
}

/**
 * The one dispatcher: IPC, HTTP, the CLI and the tests all call it. Looks the method up,
 * checks the caller's role, parses the input with its schema, runs the handler, audits
 * changes, and answers `{ok, value}` or `{ok:false, error}`: it never throws.
 */
export function createDispatcher(deps: DispatcherDeps): Dispatch {
  return async (method, rawInput, caller) => {
    if (typeof method !== 'string' || !isMethodName(method)) {
      return failure('unknown_method', `ไม่มีคำสั่ง ${String(method).slice(0, 80)}`, `Unknown method ${String(method).slice(0, 80)}`);
    }
    const spec = contract[method];
    // The role first: a caller who may not call the method learns nothing of its schema.
    const refused = accessRefusal(spec, caller.actor);
    if (refused) return { ok: false, error: refused };
    const parsed = spec.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const text = refusalText(method, parsed.error.issues, rawInput);
      return failure('bad_input', text.th, text.en, withSentences(method, parsed.error.issues.slice(0, 20), rawInput));
    }
    const changes: AuditChange[] = [];
    const context: CallContext = { ...caller, recordChange: (c) => changes.push(c) };
    const handler = deps.handlers[method] as (input: unknown, context: CallContext) => unknown;
    let answered: unknown;
    const run = async () => (answered = await handler(parsed.data, context));
    try {
      if (!spec.changes) return { ok: true, value: await run() };
      if (deps.readOnly) { const refused = notHolderError(deps.runsAs); return failure(refused.code, refused.messageTh, refused.message); }
      const entry = (stores: string[]): AuditEntry => ({ at: deps.clock.now().toISOString(), method, actor: caller.actor, transport: caller.transport, changes, stores });
      const { writer, audit } = deps;
      // The entry is written first (the intent), then the stores; see services/store/folderWriter.ts.
      const value = writer
        ? await writer.unit(run, {
          // A save that its handler answered `unchanged` (what was stored, sent again) has no entry: nothing
          // recorded, no store written. Any other call is audited even when it recorded nothing, so that
          // a handler that forgot to record its change still leaves a trace.
          seal: async (stores) => (audit && !(changes.length === 0 && stores.length === 0 && saidUnchanged(answered)) ? audit(entry(stores)) : undefined),
          failed: async (seq, stores, error) => { await deps.auditNotApplied?.(seq, stores, error); },
        })
        : await run().then(async (v) => { if (changes.length > 0) await audit?.(entry([])); return v; });
      return { ok: true, value };
    } catch (error) {
      if (error instanceof UnitNotWritten) {
        deps.log.error('a change was refused because it could not be written', { method, error: String(error.cause) });
        const refused = saveError(error.cause, { th: 'บันทึกไม่สำเร็จ ไม่มีข้อมูลใดถูกเปลี่ยนแปลง โปรดแจ้งผู้ดูแลระบบ', en: 'Could not save; nothing was changed. Please tell IT' }, { detail: false });
        return failure(refused.code, refused.messageTh, refused.message);
      }
      if (error instanceof KioskError) return failure(error.code, error.messageTh, error.message, error.details);
      deps.log.error('handler failed', { method, error: String((error as Error)?.stack ?? error) });
      return failure('internal', 'เกิดข้อผิดพลาดภายในระบบ โปรดแจ้งเจ้าหน้าที่', 'Internal error; please tell the staff');
    }
  };
}

/** Whether a handler answered that its save changed nothing (contract's Unchanged). */
const saidUnchanged = (value: unknown): boolean => typeof value === 'object' && value !== null && (value as Unchanged).unchanged === true;
