import type { Actor } from '../../electron/contract/handler';
import type { InputOf, MethodName, OutputOf, Result } from '../../electron/contract/index';
import { createDispatcher, type AuditEntry, type Caller } from '../../electron/dispatch';
import { createServices } from '../../electron/services/index';
import { silentLog, type Clock } from '../../electron/services/runtime';

const actor = (role: Actor['role']): Caller => ({ transport: 'test', actor: { id: `test-${role}`, name: `Test ${role}`, role } });
export const asStaff = actor('staff');
export const asAdmin = actor('admin');
export const asCitizen: Caller = { transport: 'test' };

/**
 * The real services over a temp data folder, behind the real dispatcher, with the audit entries
 * kept in memory so tests can read what each change recorded.
 */
export async function openTestKiosk(dataDir: string, clock: Clock, sampleDir?: string) {
  const services = await createServices({ dataDir, clock, sampleDir });
  const audit: AuditEntry[] = [];
  const dispatch = createDispatcher({ handlers: services.handlers, clock, log: silentLog, writer: services.writer, audit: async (entry) => { audit.push(entry); return undefined; } });
  /** Calls a method and answers its `Result`. */
  const attempt = <M extends MethodName>(method: M, input: InputOf<M>, caller: Caller = asStaff) =>
    dispatch(method, input, caller) as Promise<Result<OutputOf<M>>>;
  /** Calls a method that must succeed. */
  const call = async <M extends MethodName>(method: M, input: InputOf<M>, caller: Caller = asStaff): Promise<OutputOf<M>> => {
    const result = await attempt(method, input, caller);
    if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message} ${JSON.stringify(result.error.details ?? '').slice(0, 500)}`);
    return result.value;
  };
  return { services, dispatch, audit, attempt, call };
}
export type TestKiosk = Awaited<ReturnType<typeof openTestKiosk>>;

export const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
