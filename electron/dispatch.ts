import { contract, isMethodName, KioskError, roleRank, type MethodName, type Result } from './contract/index';
import type { Actor, AuditChange, CallContext, HandlersFor } from './contract/handler';
import { refusalText } from './contract/refusalText';
import type { Clock, Log } from './services/runtime';

export interface AuditEntry {
  at: string;
  method: MethodName;
  actor?: Actor;
  transport: CallContext['transport'];
  changes: AuditChange[];
}

export interface DispatcherDeps {
  handlers: HandlersFor<MethodName>;
  clock: Clock;
  log: Log;
  /** Appends to the audit trail; called after every successful changing call. */
  audit?: (entry: AuditEntry) => Promise<void>;
}

/** What a transport knows of its caller. The role comes from here, never from the input. */
export type Caller = Pick<CallContext, 'transport' | 'actor'>;
export type Dispatch = (method: string, rawInput: unknown, caller: Caller) => Promise<Result<unknown>>;

function failure(code: KioskError['code'], th: string, en: string, details?: unknown): Result<never> {
  return { ok: false, error: { code, message: en, messageTh: th, details } };
}

/**
 * The one dispatcher: IPC, HTTP, the CLI and the tests all call it. Looks the method up,
 * parses the input with its schema, checks the caller's role, runs the handler, audits
 * changes, and answers `{ok, value}` or `{ok:false, error}`: it never throws.
 */
export function createDispatcher(deps: DispatcherDeps): Dispatch {
  return async (method, rawInput, caller) => {
    if (typeof method !== 'string' || !isMethodName(method)) {
      return failure('unknown_method', `ไม่มีคำสั่ง ${String(method).slice(0, 80)}`, `Unknown method ${String(method).slice(0, 80)}`);
    }
    const spec = contract[method];
    const parsed = spec.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const text = refusalText(method, parsed.error.issues, rawInput);
      return failure('bad_input', text.th, text.en, parsed.error.issues.slice(0, 20));
    }
    const callerRank = roleRank[caller.actor?.role ?? 'public'];
    if (callerRank < roleRank[spec.role]) {
      return caller.actor
        ? failure('forbidden', 'บัญชีนี้ไม่มีสิทธิ์ทำรายการนี้', 'This account may not do this')
        : failure('forbidden', 'กรุณาเข้าสู่ระบบเจ้าหน้าที่ก่อน', 'Please sign in as staff first');
    }
    const changes: AuditChange[] = [];
    const context: CallContext = { ...caller, recordChange: (c) => changes.push(c) };
    try {
      const handler = deps.handlers[method] as (input: unknown, context: CallContext) => unknown;
      const value = await handler(parsed.data, context);
      if (spec.changes && deps.audit) {
        await deps.audit({ at: deps.clock.now().toISOString(), method, actor: caller.actor, transport: caller.transport, changes });
      }
      return { ok: true, value };
    } catch (error) {
      if (error instanceof KioskError) return failure(error.code, error.messageTh, error.message, error.details);
      deps.log.error('handler failed', { method, error: String((error as Error)?.stack ?? error) });
      return failure('internal', 'เกิดข้อผิดพลาดภายในระบบ โปรดแจ้งเจ้าหน้าที่', 'Internal error; please tell the staff');
    }
  };
}
