import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { FilingPage } from './pages/FilingPage';
import { StaffGatePage } from './pages/StaffGatePage';
import { keepScreenshot } from './support/screens';
import { createAdminOnMachine } from './support/admin';
import { startServer, type RunningServer } from './support/server';

/*
 * Issue 12: "on a full disk (or read-only folder) 30 wrong PINs all answered disk_full, the
 * failure counter stayed 0, and the right PIN was then accepted". The real PIN pad in Chromium,
 * against the real web mode, on a data folder the kernel refuses to write:
 *  - read-only: the data folder bind-mounted read-only over itself (`mount --bind` then
 *    `mount -o remount,bind,ro`), since the tests run as root and `chmod -R a-w` stops nothing;
 *  - full: the data folder on a small tmpfs, filled to the last byte.
 * Both need root with mount rights; elsewhere each test says so and is skipped.
 */
test.use({ viewport: { width: 1080, height: 1920 }, actionTimeout: 15_000 });
test.describe.configure({ mode: 'serial' });

const ADMIN = 'สมศรี ดูแลระบบ';
const INITIALS = 'ส. ด.';
const PIN = '246810';

function mount(args: string[]): string | undefined {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return 'not root on Linux';
  try {
    execFileSync('mount', args, { stdio: 'pipe', timeout: 10_000 });
    return undefined;
  } catch (error) {
    return `mount ${args.join(' ')} refused: ${String((error as { stderr?: Buffer }).stderr ?? error).trim()}`;
  }
}
const unmount = (path: string) => execFileSync('umount', [path], { stdio: 'pipe', timeout: 10_000 });

/** The PIN pad, as a guesser would use it; what the screen says must not depend on the disk. */
async function guessThenTypeTheRightPin(page: Page, url: string, shot: string) {
  const gate = new StaffGatePage(page);
  await page.goto(url);
  await gate.enterByGesture();
  await gate.pickInitials(INITIALS);
  for (const pin of ['111111', '918273', '564738']) {
    await gate.typePin(pin);
    await expect(gate.alert()).toHaveText('รหัส PIN ไม่ถูกต้อง');
  }
  await gate.typePin('102938');
  await expect(gate.alert()).toHaveText(/^รหัส PIN ไม่ถูกต้อง ใส่ผิดหลายครั้งแล้ว โปรดรอ 30 วินาที แล้วลองใหม่$/);
  // The right PIN right after: not checked during the wait, whatever the disk did with the count.
  await gate.typePin(PIN);
  await expect(gate.alert()).toHaveText(/^ใส่รหัส PIN ผิดหลายครั้ง โปรดรออีก \d+ วินาที \(ถึงเวลา \d\d:\d\d:\d\d น\.\) แล้วลองใหม่ หรือให้ผู้ดูแลระบบปลดล็อก$/);
  await keepScreenshot(page, shot);
  await expect(page.getByText(/ผู้ใช้: /)).toHaveCount(0);
  await expect(page.getByText(/ดิสก์|disk|บันทึกไม่สำเร็จ/i)).toHaveCount(0);
}

test('a read-only data folder: wrong PINs are answered and counted as usual, and the right PIN waits', async ({ page }) => {
  test.setTimeout(180_000);
  const dataDir = await mkdtemp(join(tmpdir(), 'kiosk-e2e-ro-'));
  await createAdminOnMachine(dataDir, ADMIN, PIN);
  let server: RunningServer | undefined;
  let mounted = false;
  try {
    server = await startServer({ dataDir });
    const staffBefore = await readFile(join(dataDir, 'staff.json'), 'utf8');
    let why = mount(['--bind', dataDir, dataDir]);
    if (!why) { mounted = true; why = mount(['-o', 'remount,bind,ro', dataDir]); }
    test.skip(why !== undefined, `read-only case skipped: ${why}`);
    await expect(writeFile(join(dataDir, 'probe'), 'x')).rejects.toMatchObject({ code: 'EROFS' });

    await guessThenTypeTheRightPin(page, server.url, 'staff-pin-wait-read-only');
    expect(await readFile(join(dataDir, 'staff.json'), 'utf8')).toBe(staffBefore); // nothing could be saved, yet the count held
  } finally {
    await server?.stop();
    if (mounted) unmount(dataDir);
    await rm(dataDir, { recursive: true, force: true });
  }
});

test('a full disk: wrong PINs are answered and counted as usual, and the right PIN waits', async ({ page }) => {
  test.setTimeout(180_000);
  const holder = await mkdtemp(join(tmpdir(), 'kiosk-e2e-full-'));
  const why = mount(['-t', 'tmpfs', '-o', 'size=24m,mode=0700', 'tmpfs', holder]);
  let server: RunningServer | undefined;
  try {
    test.skip(why !== undefined, `full-disk case skipped: ${why}`);
    const dataDir = join(holder, 'data');
    await mkdir(dataDir);
    await createAdminOnMachine(dataDir, ADMIN, PIN);
    server = await startServer({ dataDir });
    const staffBefore = await readFile(join(dataDir, 'staff.json'), 'utf8');
    // Every block left, big writes first, then smaller, down to single bytes.
    const filler = await open(join(holder, 'filler'), 'w');
    for (let chunk = 1024 * 1024; chunk >= 1; chunk = Math.floor(chunk / 2)) {
      for (;;) { try { await filler.write(Buffer.alloc(chunk, 1)); } catch { break; } }
    }
    await filler.close();
    await expect(writeFile(join(dataDir, 'probe'), 'x')).rejects.toMatchObject({ code: 'ENOSPC' });

    await guessThenTypeTheRightPin(page, server.url, 'staff-pin-wait-full-disk');
    expect(await readFile(join(dataDir, 'staff.json'), 'utf8')).toBe(staffBefore);

    // A citizen's complaint that cannot be saved: told what to do, in words for a citizen (not
    // "ask IT to free disk space"), and what was typed is still there (helper-22's trial).
    await page.goto(`${server.url}#/complaint/form`);
    const form = new FilingPage(page);
    await form.agreeToNotice();
    await page.getByRole('button', { name: 'การทุจริตและประพฤติมิชอบ' }).click();
    await page.getByRole('checkbox', { name: 'ไม่ประสงค์ออกนาม' }).check();
    await form.typeThai(/เรื่องที่ร้องเรียน/, 'มีการเรียกเงิน');
    await page.getByRole('button', { name: 'ส่งแบบฟอร์ม' }).click();
    await expect(page.getByRole('alert')).toHaveText('ขออภัย ตู้นี้บันทึกแบบฟอร์มไม่ได้ในขณะนี้ ข้อความที่กรอกยังอยู่ครบ โปรดแจ้งเจ้าหน้าที่ศูนย์ หรือยื่นเรื่องเป็นหนังสือกับเจ้าหน้าที่');
    await expect(form.field(/เรื่องที่ร้องเรียน/)).toHaveValue('มีการเรียกเงิน');
  } finally {
    await server?.stop();
    if (!why) unmount(holder);
    await rm(holder, { recursive: true, force: true });
  }
});
