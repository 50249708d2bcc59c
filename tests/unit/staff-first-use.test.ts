import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bootKiosk, type Kiosk } from '../../electron/boot';
import { pinReader } from '../../electron/cli/pinPrompt';
import { staffCommandWith } from '../../electron/cli/staff';
import type { CatalogueOverview } from '../../electron/contract/catalogue';
import type { LoginAnswer, StaffStatus } from '../../electron/contract/staff';
import { sampleDir } from '../../electron/paths';
import type { Log } from '../../electron/services/runtime';
import { ADMIN_PIN, call, refusal, signIn } from './staff-fixtures';
import { fixedClock, tempDir } from './support';

/** A log that keeps its lines, as the console and `logs/kiosk.log` would. */
function keptLog() {
  const lines: string[] = [];
  const keep = (level: string) => (message: string, detail?: Record<string, unknown>) => { lines.push(`${level} ${message} ${JSON.stringify(detail ?? {})}`); };
  const log: Log = { info: keep('info'), warn: keep('warn'), error: keep('error') };
  return { log, lines, codes: () => lines.flatMap((l) => [...l.matchAll(/setup code: (\d{5}) (\d{5})/g)].map((m) => `${m[1]}${m[2]}`)) };
}

async function everyFileText(dir: string): Promise<string> {
  const names = await readdir(dir, { recursive: true });
  const texts = await Promise.all(names.map((n) => readFile(join(dir, n)).then((b) => b.toString('utf8'), () => '')));
  return texts.join('\n');
}

/** The CLI command with its PIN prompt answered by `pins` (as typed at the terminal, in order). */
async function createAdmin(kiosk: Kiosk, name: string, pins: string[]) {
  const printed: string[] = [];
  const answers = [...pins];
  const command = staffCommandWith({ readPin: () => async () => answers.shift() ?? '' });
  const code = await command.run({ kiosk, values: { name, data: kiosk.services.dataDir }, positionals: ['create-admin'], print: (l) => printed.push(l) });
  return { code, printed: printed.join('\n') };
}

describe('first use is claimed on the machine, not at the screen', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let clock: ReturnType<typeof fixedClock>;
  let kept: ReturnType<typeof keptLog>;
  let kiosk: Kiosk;
  beforeEach(async () => {
    dir = await tempDir();
    clock = fixedClock('2026-03-02T02:00:00Z');
    kept = keptLog();
    kiosk = await bootKiosk({ dataDir: dir.path, clock, log: kept.log, sampleDir: sampleDir() });
  });
  afterEach(() => dir.remove());

  it('a passer-by cannot create the first administrator from the screen, with or without a guessed code', async () => {
    // Today's call: a name and a PIN were enough, and that PIN also opened the exit gate.
    const bare = await refusal(kiosk, 'staff.setupFirstAdmin', { name: 'ผู้บุกรุก', pin: '482913' }, { transport: 'http' });
    expect(bare.code).toBe('bad_input');
    const guessed = await refusal(kiosk, 'staff.setupFirstAdmin', { setupCode: '1234567890', name: 'ผู้บุกรุก', pin: '482913' }, { transport: 'http' });
    expect(guessed.code).toBe('forbidden');
    expect(guessed.messageTh).toContain('รหัสตั้งค่าไม่ถูกต้อง');
    expect(guessed.message).toContain('Wrong setup code');
    expect(kiosk.services.staff.accounts.count()).toBe(0);
    expect(await call<boolean>(kiosk, 'staff.verifyAdminPin', { pin: '482913' })).toBe(false);
    expect((await call<StaffStatus>(kiosk, 'staff.status', {})).needsSetup).toBe(true);
  });

  it('the staff gesture finds the kiosk not set up; a one-time code goes to the machine\'s log only, once, stored hashed', async () => {
    const status = await call<StaffStatus>(kiosk, 'staff.status', {});
    expect(status).toEqual({ needsSetup: true, setupCodeExpiresAt: '2026-03-03T02:00:00.000Z', choices: [] });
    const [code] = kept.codes();
    expect(code).toMatch(/^\d{10}$/);
    expect(kept.lines.find((l) => l.includes('setup code'))).toMatch(/^warn .*รหัสตั้งค่าผู้ดูแลระบบคนแรก.*staff create-admin/);
    expect(JSON.stringify(status)).not.toContain(code!.slice(0, 5));
    // A second gesture issues no second code (the log cannot be flooded from the screen).
    await call(kiosk, 'staff.status', {});
    expect(kept.codes()).toHaveLength(1);
    // Never written into the data folder: no store, no audit line holds it.
    expect(await everyFileText(dir.path)).not.toContain(code!);
  });

  it('the setup code creates the first administrator once; it expires; guessing it makes the screen wait', async () => {
    await call(kiosk, 'staff.status', {});
    const code = kept.codes()[0]!;
    // Three wrong codes cost nothing, the fourth starts a wait in which even the right code is not checked.
    for (let i = 0; i < 3; i++) expect((await refusal(kiosk, 'staff.setupFirstAdmin', { setupCode: '1111111111', name: 'สมชาย ใจดี', pin: ADMIN_PIN })).details).toBeUndefined();
    const fourth = await refusal(kiosk, 'staff.setupFirstAdmin', { setupCode: '2222222222', name: 'สมชาย ใจดี', pin: ADMIN_PIN });
    expect(fourth.details).toEqual({ retryAt: '2026-03-02T02:00:30.000Z' });
    expect(fourth.messageTh).toContain('รอ 30 วินาที');
    const waiting = await refusal(kiosk, 'staff.setupFirstAdmin', { setupCode: code, name: 'สมชาย ใจดี', pin: ADMIN_PIN });
    expect(waiting.code).toBe('locked');
    clock.advance(30_000);
    // A weak PIN is refused before the code is spent.
    expect((await refusal(kiosk, 'staff.setupFirstAdmin', { setupCode: code, name: 'สมชาย ใจดี', pin: '123456' })).code).toBe('bad_input');

    const answer = await call<LoginAnswer>(kiosk, 'staff.setupFirstAdmin', { setupCode: `${code.slice(0, 5)} ${code.slice(5)}`, name: 'สมชาย ใจดี', pin: ADMIN_PIN });
    expect(answer.actor).toMatchObject({ name: 'สมชาย ใจดี', role: 'admin' });
    expect(kiosk.resolveSession(answer.token)).toEqual(answer.actor);
    const again = await refusal(kiosk, 'staff.setupFirstAdmin', { setupCode: code, name: 'ผู้บุกรุก', pin: '615243' });
    expect(again.code).toBe('conflict');
    expect(kiosk.services.staff.accounts.count()).toBe(1);
    const trail = await kiosk.services.staff.audit.readAll();
    expect(trail.filter((r) => r.method === 'staff.setupFirstAdmin' && r.actor === null).map((r) => r.changes[0]?.note)).toContainEqual({ code: 'account.firstAdmin' });
    expect(JSON.stringify(trail)).not.toContain(code);
  });

  it('an expired code is refused and the next gesture writes a fresh one', async () => {
    await call(kiosk, 'staff.status', {});
    const old = kept.codes()[0]!;
    clock.advance(24 * 60 * 60_000);
    const expired = await refusal(kiosk, 'staff.setupFirstAdmin', { setupCode: old, name: 'สมชาย ใจดี', pin: ADMIN_PIN });
    expect(expired.messageTh).toContain('หมดอายุ');
    expect(expired.message).toContain('expired');
    expect((await call<StaffStatus>(kiosk, 'staff.status', {})).setupCodeExpiresAt).toBe('2026-03-04T02:00:00.000Z');
    const fresh = kept.codes()[1]!;
    expect(fresh).not.toBe(old);
    expect((await call<LoginAnswer>(kiosk, 'staff.setupFirstAdmin', { setupCode: fresh, name: 'สมชาย ใจดี', pin: ADMIN_PIN })).actor.role).toBe('admin');
  });

  it('the CLI creates the first administrator with the PIN asked twice; a mismatch or a weak PIN creates nothing', async () => {
    const mismatch = await createAdmin(kiosk, 'สมชาย ใจดี', [ADMIN_PIN, '482914']);
    expect(mismatch.code).toBe(1);
    expect(mismatch.printed).toContain('The two PINs differ');
    const weak = await createAdmin(kiosk, 'สมชาย ใจดี', ['111111', '111111']);
    expect(weak.code).toBe(1);
    expect(weak.printed).toContain('เลขเดียวกันทั้งหมด');
    expect(kiosk.services.staff.accounts.count()).toBe(0);

    const made = await createAdmin(kiosk, 'สมชาย ใจดี', [ADMIN_PIN, ADMIN_PIN]);
    expect(made.code).toBe(0);
    expect(made.printed).toMatch(/Administrator สมชาย ใจดี created \(id [0-9a-f]{10}\)/);
    const status = await call<StaffStatus>(kiosk, 'staff.status', {});
    expect(status.needsSetup).toBe(false);
    expect(kept.codes()).toEqual([]); // a machine-made administrator never needed a code
    const id = /id ([0-9a-f]{10})/.exec(made.printed)![1]!;
    expect((await signIn(kiosk, id, ADMIN_PIN)).actor).toMatchObject({ name: 'สมชาย ใจดี', role: 'admin' });
    expect((await kiosk.services.staff.audit.readAll()).find((r) => r.method === 'staff.createAccount')?.actor).toEqual({ id: 'cli', name: 'admin CLI', role: 'admin' });
  });

  it('`npm run -s cli -- staff create-admin` works with the PIN on stdin', async () => {
    const run = await new Promise<{ code: number; out: string }>((resolve) => {
      const child = execFile(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', 'staff', 'create-admin', '--name', 'มาลี ศรีสุข', '--data', dir.path],
        { timeout: 60_000 }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, out: stdout + stderr }));
      child.stdin!.end(`${ADMIN_PIN}\n${ADMIN_PIN}\n`);
    });
    expect(run.out).toContain('Administrator มาลี ศรีสุข created');
    expect(run.code).toBe(0);
    const reopened = await bootKiosk({ dataDir: dir.path, clock });
    expect(reopened.services.staff.accounts.details()).toMatchObject([{ name: 'มาลี ศรีสุข', role: 'admin' }]);
  });

  it('before any administrator exists, citizens see the sample catalogue', async () => {
    const overview = await call<CatalogueOverview>(kiosk, 'catalogue.overview', {});
    expect(overview.documentCount).toBeGreaterThan(10);
    expect((await call<StaffStatus>(kiosk, 'staff.status', {})).needsSetup).toBe(true);
  });
});

describe('the CLI\'s PIN prompt', () => {
  it('piped in, the first line is the PIN and a second line must repeat it', async () => {
    const both = pinReader(Readable.from(['482913\n', '482913\n']));
    expect([await both('PIN', false), await both('again', true)]).toEqual(['482913', '482913']);
    const one = pinReader(Readable.from(['482913\r\n']));
    expect([await one('PIN', false), await one('again', true)]).toEqual(['482913', '482913']);
    const differ = pinReader(Readable.from(['482913\n615243\n']));
    expect([await differ('PIN', false), await differ('again', true)]).toEqual(['482913', '615243']);
  });

  it('at a terminal, the PIN is read in raw mode without echo; backspace works; Ctrl+C cancels', async () => {
    const raw: boolean[] = [];
    const terminal = Object.assign(new PassThrough(), { isTTY: true, setRawMode: (on: boolean) => { raw.push(on); } });
    const shown = new PassThrough();
    let echoed = '';
    shown.on('data', (c: Buffer) => { echoed += String(c); });
    const read = pinReader(terminal, shown);
    const first = read('PIN: ', false);
    terminal.write('48291');
    terminal.write('x\u007f3\r');
    expect(await first).toBe('482913');
    expect(echoed).toBe('PIN: \n');
    expect(raw).toEqual([true, false]);
    const cancelled = read('again: ', true);
    terminal.write('\u0003');
    await expect(cancelled).rejects.toThrow('cancelled');
  });
});
