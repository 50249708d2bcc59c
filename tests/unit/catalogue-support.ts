import { afterEach, beforeEach } from 'vitest';
import type { Actor } from '../../electron/contract/handler';
import type { InputOf, MethodName, OutputOf, Result } from '../../electron/contract/index';
import { createDispatcher, type AuditEntry, type Caller } from '../../electron/dispatch';
import { createServices } from '../../electron/services/index';
import { silentLog, type Clock } from '../../electron/services/runtime';
import { fixedClock, tempDir } from './support';

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

/**
 * A new temp data folder and `openTestKiosk` over it for each test of the calling describe block.
 * Registers the block's beforeEach and afterEach: after each test the kiosk's usage log and search
 * index are closed and the folder removed. The `dir` and `kiosk` answered always mean the current
 * test's, so a block says `const { dir, kiosk } = kioskPerTest({ at: '2026-11-21T03:00:00Z' });`
 * and uses them as before. `clock` is one clock shared by the block's tests (which may set or
 * advance it); `at` gives each test a new fixed clock at that instant. Hooks the block adds after
 * this call run after the kiosk opens (and their afterEach before it closes).
 */
export function kioskPerTest(options: ({ clock: Clock } | { at: string }) & { prefix?: string }) {
  let folder: Awaited<ReturnType<typeof tempDir>> | undefined;
  let opened: TestKiosk | undefined;
  const current = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('kioskPerTest: the folder and kiosk exist only while a test runs');
    return value;
  };
  beforeEach(async () => {
    folder = await tempDir(options.prefix);
    opened = await openTestKiosk(folder.path, 'clock' in options ? options.clock : fixedClock(options.at));
  });
  afterEach(async () => {
    const closing = opened, removing = folder;
    opened = undefined;
    folder = undefined;
    try {
      // As fleet-support's close: the usage log's file, then the search index's pending cache write and worker threads.
      await closing?.services.stats.close();
      await closing?.services.search.close().catch(() => undefined);
    } finally {
      await removing?.remove();
    }
  });
  const dir = { get path() { return current(folder).path; } };
  const kiosk: TestKiosk = {
    get services() { return current(opened).services; },
    get dispatch() { return current(opened).dispatch; },
    get audit() { return current(opened).audit; },
    get attempt() { return current(opened).attempt; },
    get call() { return current(opened).call; },
  };
  return { dir, kiosk };
}

export const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
