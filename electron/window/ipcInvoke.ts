import type { Actor } from '../contract/handler';
import type { Result } from '../contract/result';
import type { Caller, Dispatch } from '../dispatch';
import type { Log } from '../services/runtime';
import { EXIT_METHOD, type ExitGate } from './exitGate';
import { untrustedSenderReason } from './guards';

/** What main.ts takes from Electron's `IpcMainInvokeEvent` and the preload's three arguments. */
export interface InvokeRequest {
  senderFrame: { url: string; parent: unknown } | null | undefined;
  senderId: number;
  method: unknown;
  input: unknown;
  session: unknown;
}

export interface InvokeDeps {
  kioskWebContentsId: () => number | undefined;
  dispatch: Dispatch;
  resolveSession: (token: string) => Actor | undefined;
  exitGate: Pick<ExitGate, 'request'>;
  log: Log;
}

const MAX_TOKEN = 256;

/**
 * The one IPC channel's handler: refuse a sender that is not our window's main frame on our
 * origin (saying why in one line), turn the session token into the actor, and dispatch. The
 * admin-PIN check also opens the exit gate (exitGate.ts).
 */
export async function answerInvoke(request: InvokeRequest, deps: InvokeDeps): Promise<Result<unknown>> {
  const refused = untrustedSenderReason(request.senderFrame, deps.kioskWebContentsId(), request.senderId);
  if (refused) {
    deps.log.warn('IPC refused', { refused });
    return { ok: false, error: { code: 'forbidden', message: `Refused: ${refused}`, messageTh: 'ปฏิเสธคำขอ' } };
  }
  const token = typeof request.session === 'string' && request.session.length <= MAX_TOKEN ? request.session : undefined;
  const caller: Caller = { transport: 'ipc', actor: token ? deps.resolveSession(token) : undefined };
  // Never String() a value from the page: `{toString: null}` would throw.
  const method = typeof request.method === 'string' ? request.method : '(not a string)';
  if (method === EXIT_METHOD) return deps.exitGate.request(request.input);
  return deps.dispatch(method, request.input, caller);
}
