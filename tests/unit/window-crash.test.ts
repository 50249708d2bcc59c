import { describe, expect, it } from 'vitest';
import {
  defaultRecoveryPolicy, handleRenderProcessGone, handleResponsive, handleUnresponsive, newRecoveryState,
  type GoneReason, type RecoveryDeps,
} from '../../electron/window/crashRecovery';
import { outOfServiceUrl } from '../../electron/window/outOfService';

/** Collaborators that record what happened; the timer list is fired by hand, the clock moved by hand. */
function harness() {
  let now = Date.parse('2026-11-21T03:00:00Z');
  let quitting = false;
  const loads: string[] = [];
  const lines: { level: string; message: string; detail?: Record<string, unknown> }[] = [];
  const timers: { run: () => void; at: number; cancelled: boolean }[] = [];
  const deps: RecoveryDeps = {
    reload: () => loads.push('home'),
    show: (url) => loads.push(url === outOfServiceUrl ? 'out-of-service' : url),
    log: {
      info: (message, detail) => lines.push({ level: 'info', message, detail }),
      warn: (message, detail) => lines.push({ level: 'warn', message, detail }),
      error: (message, detail) => lines.push({ level: 'error', message, detail }),
    },
    now: () => now,
    schedule: (run, ms) => {
      const timer = { run, at: now + ms, cancelled: false };
      timers.push(timer);
      return { cancel: () => { timer.cancelled = true; } };
    },
    isQuitting: () => quitting,
  };
  /** Moves the clock and fires the timers that fall due, like the event loop would. */
  const advance = (ms: number) => {
    now += ms;
    for (const t of timers.filter((x) => !x.cancelled && x.at <= now)) { t.cancelled = true; t.run(); }
  };
  return { deps, loads, lines, timers, advance, quit: () => { quitting = true; } };
}

const reasons: GoneReason[] = ['clean-exit', 'abnormal-exit', 'killed', 'crashed', 'oom', 'launch-failed', 'integrity-failure', 'memory-eviction'];

describe('renderer crash recovery', () => {
  it('reloads the home screen and logs the reason, for every reason Electron gives', () => {
    for (const reason of reasons) {
      const h = harness();
      const state = newRecoveryState();
      expect(handleRenderProcessGone({ reason, exitCode: 139 }, state, h.deps)).toBe('reloaded');
      expect(h.loads).toEqual(['home']);
      expect(h.lines[0]).toMatchObject({ level: reason === 'clean-exit' ? 'warn' : 'error', detail: { reason, exitCode: 139 } });
    }
  });

  it('backs off after 5 reloads in a minute: the out-of-service page, then home again after the cool-down', () => {
    const h = harness();
    const state = newRecoveryState();
    const actions = Array.from({ length: 7 }, () => { const a = handleRenderProcessGone({ reason: 'crashed', exitCode: 1 }, state, h.deps); h.advance(1000); return a; });
    expect(actions).toEqual(['reloaded', 'reloaded', 'reloaded', 'reloaded', 'reloaded', 'out-of-service', 'waiting']);
    expect(h.loads).toEqual(['home', 'home', 'home', 'home', 'home', 'out-of-service']);
    expect(h.lines.some((l) => l.level === 'error' && /out of service/.test(l.message))).toBe(true);

    h.advance(defaultRecoveryPolicy.coolDownMs);
    expect(h.loads.at(-1)).toBe('home');
    // A fresh budget after the retry.
    expect(handleRenderProcessGone({ reason: 'crashed', exitCode: 1 }, state, h.deps)).toBe('reloaded');
  });

  it('crashes spread over more than a minute never reach the out-of-service page', () => {
    const h = harness();
    const state = newRecoveryState();
    for (let i = 0; i < 20; i++) {
      expect(handleRenderProcessGone({ reason: 'oom', exitCode: 0 }, state, h.deps)).toBe('reloaded');
      h.advance(13_000);
    }
    expect(h.loads.filter((l) => l === 'out-of-service')).toEqual([]);
  });

  it('does nothing while the app is quitting', () => {
    const h = harness();
    h.quit();
    expect(handleRenderProcessGone({ reason: 'clean-exit', exitCode: 0 }, newRecoveryState(), h.deps)).toBe('ignored');
    expect(h.loads).toEqual([]);
  });
});

describe('renderer hang recovery', () => {
  it('reloads when the page stays unresponsive for the whole grace period', () => {
    const h = harness();
    const state = newRecoveryState();
    expect(handleUnresponsive(state, h.deps)).toBe('waiting');
    expect(handleUnresponsive(state, h.deps)).toBe('ignored'); // Electron repeats the event: one timer only
    h.advance(defaultRecoveryPolicy.unresponsiveMs - 1);
    expect(h.loads).toEqual([]);
    h.advance(1);
    expect(h.loads).toEqual(['home']);
  });

  it('does not reload when the page answers again in time', () => {
    const h = harness();
    const state = newRecoveryState();
    handleUnresponsive(state, h.deps);
    h.advance(5000);
    handleResponsive(state, h.deps);
    h.advance(60_000);
    expect(h.loads).toEqual([]);
    expect(h.lines.some((l) => /responsive again/.test(l.message))).toBe(true);
  });

  it('a crash during a hang cancels the hang timer (one reload, not two)', () => {
    const h = harness();
    const state = newRecoveryState();
    handleUnresponsive(state, h.deps);
    handleRenderProcessGone({ reason: 'crashed', exitCode: 1 }, state, h.deps);
    h.advance(60_000);
    expect(h.loads).toEqual(['home']);
  });

  it('hangs and crashes share one budget', () => {
    const h = harness();
    const state = newRecoveryState();
    for (let i = 0; i < 3; i++) handleRenderProcessGone({ reason: 'crashed', exitCode: 1 }, state, h.deps);
    for (let i = 0; i < 3; i++) { handleUnresponsive(state, h.deps); h.advance(defaultRecoveryPolicy.unresponsiveMs); }
    expect(h.loads).toEqual(['home', 'home', 'home', 'home', 'home', 'out-of-service']);
  });
});
