import type { Log } from '../services/runtime';
import { outOfServiceUrl } from './outOfService';

/** Electron's `RenderProcessGoneDetails['reason']`, repeated so tests need no Electron. */
export type GoneReason = 'clean-exit' | 'abnormal-exit' | 'killed' | 'crashed' | 'oom' | 'launch-failed' | 'integrity-failure' | 'memory-eviction';

export interface RecoveryPolicy {
  /** At most this many automatic reloads within `windowMs`; then the out-of-service page. */
  maxReloads: number;
  windowMs: number;
  /** How long the out-of-service page stays before home is tried again (a transient cause may have passed). */
  coolDownMs: number;
  /** A page that has not answered for this long is reloaded. */
  unresponsiveMs: number;
}

export const defaultRecoveryPolicy: RecoveryPolicy = { maxReloads: 5, windowMs: 60_000, coolDownMs: 5 * 60_000, unresponsiveMs: 15_000 };

export interface RecoveryDeps {
  /** Loads the home screen again. */
  reload: () => void;
  /** Loads a page that cannot crash the way the app did (see outOfService.ts). */
  show: (url: string) => void;
  log: Log;
  now: () => number;
  /** `setTimeout` in production; tests pass a fake they fire by hand. */
  schedule: (run: () => void, ms: number) => { cancel: () => void };
  /** True while the app quits: a renderer that ends then is not a crash. */
  isQuitting: () => boolean;
  policy?: RecoveryPolicy;
}

/** Reload timestamps, shared by crashes and hangs, so a crash/hang loop is one budget. */
export interface RecoveryState { reloads: number[]; outOfService: boolean; pendingHang?: { cancel: () => void }; pendingRetry?: { cancel: () => void } }

export const newRecoveryState = (): RecoveryState => ({ reloads: [], outOfService: false });

export type RecoveryAction = 'ignored' | 'reloaded' | 'out-of-service' | 'waiting';

/** Reload unless the budget of the last minute is spent; then the static page, and home again after a cool-down. */
function reloadOrGiveUp(why: string, state: RecoveryState, deps: RecoveryDeps): RecoveryAction {
  const policy = deps.policy ?? defaultRecoveryPolicy;
  const now = deps.now();
  state.reloads = state.reloads.filter((at) => now - at < policy.windowMs);
  if (state.outOfService) return 'waiting';
  if (state.reloads.length >= policy.maxReloads) {
    state.outOfService = true;
    deps.log.error('kiosk out of service: too many reloads', { why, reloads: state.reloads.length, windowMs: policy.windowMs, retryInMs: policy.coolDownMs });
    deps.show(outOfServiceUrl);
    state.pendingRetry?.cancel();
    state.pendingRetry = deps.schedule(() => {
      state.pendingRetry = undefined;
      state.outOfService = false;
      state.reloads = [];
      deps.log.warn('kiosk retrying the home screen after the out-of-service pause', {});
      deps.reload();
    }, policy.coolDownMs);
    return 'out-of-service';
  }
  state.reloads.push(now);
  deps.reload();
  return 'reloaded';
}

/** `render-process-gone`: log it and bring the home screen back, without spinning in a crash loop. */
export function handleRenderProcessGone(details: { reason: GoneReason; exitCode: number }, state: RecoveryState, deps: RecoveryDeps): RecoveryAction {
  if (deps.isQuitting()) return 'ignored';
  state.pendingHang?.cancel();
  state.pendingHang = undefined;
  const detail = { reason: details.reason, exitCode: details.exitCode };
  if (details.reason === 'clean-exit') deps.log.warn('renderer exited', detail);
  else deps.log.error('renderer gone', detail);
  return reloadOrGiveUp(`render-process-gone: ${details.reason}`, state, deps);
}

/** `unresponsive`: give the page `unresponsiveMs` to recover (a big PDF may block it briefly), then reload. */
export function handleUnresponsive(state: RecoveryState, deps: RecoveryDeps): RecoveryAction {
  if (deps.isQuitting() || state.pendingHang) return 'ignored';
  const policy = deps.policy ?? defaultRecoveryPolicy;
  deps.log.warn('renderer unresponsive', { reloadInMs: policy.unresponsiveMs });
  state.pendingHang = deps.schedule(() => {
    state.pendingHang = undefined;
    if (deps.isQuitting()) return;
    reloadOrGiveUp('unresponsive', state, deps);
  }, policy.unresponsiveMs);
  return 'waiting';
}

/** `responsive`: the hang passed by itself; no reload. */
export function handleResponsive(state: RecoveryState, deps: Pick<RecoveryDeps, 'log'>): RecoveryAction {
  if (!state.pendingHang) return 'ignored';
  state.pendingHang.cancel();
  state.pendingHang = undefined;
  deps.log.info('renderer responsive again', {});
  return 'ignored';
}
