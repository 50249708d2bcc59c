import type { Result } from '../contract/result';
import type { Log } from '../services/runtime';

/**
 * Leaving the kiosk for the desktop needs an administrator's PIN. The PIN is checked by the
 * contract method `staff.verifyAdminPin` (its one declared use is this gate; wrong PINs make the
 * gate wait longer each time, never an administrator's sign-in). Only an answer of exactly
 * `{ok: true, value: true}` opens the gate: an error, a gate still waiting, an unknown method
 * (staff not wired) or a truthy non-boolean keep it shut.
 */
export const EXIT_METHOD = 'staff.verifyAdminPin';

export interface ExitDeps {
  /** Runs `staff.verifyAdminPin` through the dispatcher (the schema parses the raw input). */
  verifyAdminPin: (input: unknown) => Promise<Result<unknown>>;
  /** Quits the app; called only after the gate is open. */
  quit: () => void;
  log: Log;
}

/** Checks the PIN and quits when it is an administrator's; answers the verification to the screen as it came. */
export async function requestExit(input: unknown, deps: ExitDeps): Promise<Result<unknown>> {
  const answer = await deps.verifyAdminPin(input);
  if (answer.ok && answer.value === true) {
    deps.log.warn('exit to desktop authorised with an administrator PIN', {});
    deps.quit();
  } else {
    deps.log.warn('exit to desktop refused', { code: answer.ok ? 'wrong_pin' : answer.error.code });
  }
  return answer;
}

/**
 * Remembers whether quitting is allowed. `before-quit` and the window's `close` ask
 * `blocksQuit()`; an administrator's PIN or the operating system (shutdown, log-off, a service
 * manager's SIGTERM) open it. A visitor's Alt+F4 or a stray `app.quit()` do not.
 */
export function createExitGate(deps: ExitDeps) {
  let openedBy: string | undefined;
  return {
    request: (input: unknown) =>
      requestExit(input, { ...deps, quit: () => { openedBy = 'administrator PIN'; deps.quit(); } }),
    /** The operating system is ending the session: never stand in its way. */
    openForSystem(reason: string) {
      if (openedBy === undefined) deps.log.warn('exit allowed for the system', { reason });
      openedBy ??= reason;
    },
    blocksQuit: () => openedBy === undefined,
    openedBy: () => openedBy,
  };
}
export type ExitGate = ReturnType<typeof createExitGate>;
