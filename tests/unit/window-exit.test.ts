import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootKiosk, type Kiosk } from '../../electron/boot';
import type { Result } from '../../electron/contract/result';
import type { Log } from '../../electron/services/runtime';
import { createExitGate, requestExit } from '../../electron/window/exitGate';
import { answerInvoke, type InvokeDeps } from '../../electron/window/ipcInvoke';
import { createAdminOnMachine, loginInput } from './staff-fixtures';
import { fixedClock, tempDir } from './support';

const quietLog = (): Log & { lines: string[] } => {
  const lines: string[] = [];
  return { lines, info: (m) => lines.push(m), warn: (m) => lines.push(m), error: (m) => lines.push(m) };
};
const answer = (value: unknown): Result<unknown> => ({ ok: true, value });
const failure = (code: 'locked' | 'bad_input' | 'unknown_method'): Result<unknown> => ({ ok: false, error: { code, message: code, messageTh: code } });

describe('exit gate (fake PIN check)', () => {
  it('quits only on exactly {ok:true, value:true}', async () => {
    for (const [verdict, quits] of [
      [answer(true), true], [answer(false), false], [answer('true'), false], [answer(1), false], [answer({}), false],
      [failure('locked'), false], [failure('bad_input'), false], [failure('unknown_method'), false],
    ] as const) {
      let quit = 0;
      const result = await requestExit({ pin: '123456' }, { verifyAdminPin: async () => verdict, quit: () => { quit++; }, log: quietLog() });
      expect(quit, JSON.stringify(verdict)).toBe(quits ? 1 : 0);
      expect(result).toEqual(verdict); // the screen sees the verification as it came (e.g. "locked until …")
    }
  });

  it('keeps closing blocked until an administrator PIN or the system opens it', async () => {
    let pinOk = false;
    let quits = 0;
    const gate = createExitGate({ verifyAdminPin: async () => answer(pinOk), quit: () => { quits++; }, log: quietLog() });
    expect(gate.blocksQuit()).toBe(true);
    await gate.request({ pin: '000000' });
    expect(gate.blocksQuit()).toBe(true);
    pinOk = true;
    await gate.request({ pin: '123456' });
    expect(gate.blocksQuit()).toBe(false);
    expect(gate.openedBy()).toBe('administrator PIN');
    expect(quits).toBe(1);

    const system = createExitGate({ verifyAdminPin: async () => answer(false), quit: () => {}, log: quietLog() });
    system.openForSystem('session end');
    expect(system.blocksQuit()).toBe(false);
    expect(system.openedBy()).toBe('session end');
  });
});

describe('exit gate and IPC over the real dispatcher and staff accounts', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let kiosk: Kiosk;
  let adminId = '';
  beforeAll(async () => {
    dir = await tempDir();
    kiosk = await bootKiosk({ dataDir: dir.path, clock: fixedClock('2026-11-21T03:00:00Z') });
  });
  afterAll(() => dir.remove());

  function deps(quit: () => void): InvokeDeps {
    const log = quietLog();
    return {
      kioskWebContentsId: () => 1,
      dispatch: kiosk.dispatch,
      resolveSession: kiosk.resolveSession,
      exitGate: createExitGate({ verifyAdminPin: (input) => kiosk.dispatch('staff.verifyAdminPin', input, { transport: 'ipc' }), quit, log }),
      log,
    };
  }
  const fromKiosk = (method: unknown, input: unknown, session?: unknown) =>
    ({ senderFrame: { url: 'kiosk://app/index.html#/exit', parent: null }, senderId: 1, method, input, session });

  it('refuses the exit before any administrator exists, then opens with the administrator\'s PIN only', async () => {
    let quits = 0;
    const d = deps(() => { quits++; });
    const before = await answerInvoke(fromKiosk('staff.verifyAdminPin', { pin: '246810' }), d);
    expect(before).toMatchObject({ ok: true, value: false });

    adminId = (await createAdminOnMachine(kiosk, 'ผู้ดูแล', '246810')).id;
    expect(await answerInvoke(fromKiosk('staff.verifyAdminPin', { pin: '111111' }), d)).toMatchObject({ ok: true, value: false });
    expect(await answerInvoke(fromKiosk('staff.verifyAdminPin', { pin: '24681' }), d)).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    expect(await answerInvoke(fromKiosk('staff.verifyAdminPin', { pin: { $gt: '' } }), d)).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    expect(quits).toBe(0);
    expect(await answerInvoke(fromKiosk('staff.verifyAdminPin', { pin: '246810' }), d)).toMatchObject({ ok: true, value: true });
    expect(quits).toBe(1);
  });

  it('resolves the session token into the actor, and refuses staff calls without one', async () => {
    const d = deps(() => {});
    const login = await kiosk.dispatch('staff.login', loginInput(kiosk, adminId, '246810'), { transport: 'ipc' });
    expect(login.ok).toBe(true);
    const token = (login as { ok: true; value: { token: string } }).value.token;
    expect(await answerInvoke(fromKiosk('staff.listAccounts', {}, token), d)).toMatchObject({ ok: true });
    expect(await answerInvoke(fromKiosk('staff.listAccounts', {}), d)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await answerInvoke(fromKiosk('staff.listAccounts', {}, 'not-a-token'), d)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await answerInvoke(fromKiosk('staff.listAccounts', {}, 'x'.repeat(10_000)), d)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await answerInvoke(fromKiosk('staff.listAccounts', {}, { token }), d)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses subframes, other windows and other origins before dispatching anything', async () => {
    let quits = 0;
    const d = deps(() => { quits++; });
    const tries = [
      { senderFrame: { url: 'kiosk://app/index.html', parent: { url: 'kiosk://app/' } }, senderId: 1 },
      { senderFrame: { url: 'kiosk://app/index.html', parent: null }, senderId: 2 },
      { senderFrame: { url: 'https://evil.example/', parent: null }, senderId: 1 },
      { senderFrame: { url: 'kiosk://app.evil/index.html', parent: null }, senderId: 1 },
      { senderFrame: null, senderId: 1 },
    ];
    for (const t of tries) {
      const result = await answerInvoke({ ...t, method: 'staff.verifyAdminPin', input: { pin: '246810' }, session: undefined }, d);
      expect(result, JSON.stringify(t)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(quits).toBe(0);
  });

  it('answers a non-string method as unknown', async () => {
    const result = await answerInvoke(fromKiosk({ toString: null }, {}), deps(() => {}));
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });
});
