import { spawn, spawnSync } from 'node:child_process';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProfile, kioskBrowserArgs, launchKioskBrowser, removeLeftoverProfiles } from '../../electron/web/kioskBrowser';
import { tempDir } from './support';

/**
 * A stand-in for Chromium: writes a History file holding a visitor's query into the profile it is
 * given (as the real one did: `#/search?q=1-2345-67890-12-3 สมชาย`), records its arguments, then
 * waits to be closed (or exits at once with EXIT_NOW).
 */
const fakeBrowser = `#!/bin/sh
for a in "$@"; do case "$a" in --user-data-dir=*) profile="\${a#--user-data-dir=}";; esac; done
mkdir -p "$profile/Default"
printf '%s' '#/search?q=1-2345-67890-12-3 สมชาย' > "$profile/Default/History"
printf '%s\\n' "$@" > "$profile/../args.txt"
[ -n "$EXIT_NOW" ] && exit 0
trap 'exit 0' TERM
while :; do sleep 1; done
`;

const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!; // a process that has already ended

describe('the fallback browser forgets (issue 12)', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let browser: string;
  beforeEach(async () => {
    dir = await tempDir();
    browser = join(dir.path, 'fake-chromium');
    await writeFile(browser, fakeBrowser);
    await chmod(browser, 0o755);
  });
  afterEach(() => dir.remove());

  it('opens the kiosk window incognito on its own fresh profile', () => {
    const profile = createProfile(dir.path);
    const args = kioskBrowserArgs('http://127.0.0.1:5190/', profile);
    expect(args).toEqual(expect.arrayContaining(['--app=http://127.0.0.1:5190/', '--kiosk', '--incognito', `--user-data-dir=${profile}`]));
    expect(createProfile(dir.path)).not.toBe(profile);
  });

  it('deletes the profile, history and all, when the browser exits', async () => {
    process.env.EXIT_NOW = '1'; // the stand-in closes by itself, as when someone closes the window
    let exited!: Promise<void>;
    try {
      exited = new Promise<void>((resolve) => {
        const { profile } = launchKioskBrowser({ executable: browser, url: 'http://127.0.0.1:5190/', parent: dir.path, onExit: () => resolve() });
        expect(profile.startsWith(dir.path)).toBe(true);
      });
    } finally { delete process.env.EXIT_NOW; }
    await exited;
    expect((await readFile(join(dir.path, 'args.txt'), 'utf8')).split('\n')).toContain('--incognito');
    expect(await leftovers(dir.path)).toEqual([]);
  });

  it('deletes the profile and closes the browser when the kiosk process exits', async () => {
    // A real kiosk process (tsx) that opens the browser, waits for its History, then exits.
    const script = `
      import { launchKioskBrowser } from ${JSON.stringify(join(process.cwd(), 'electron/web/kioskBrowser.ts'))};
      import { existsSync } from 'node:fs';
      const { profile } = launchKioskBrowser({ executable: ${JSON.stringify(browser)}, url: 'http://127.0.0.1:5190/', parent: ${JSON.stringify(dir.path)} });
      const wait = setInterval(() => { if (existsSync(profile + '/Default/History')) { clearInterval(wait); console.log(profile); process.exit(0); } }, 20);
    `;
    const kiosk = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, EXIT_NOW: '' } });
    let out = '';
    kiosk.stdout.on('data', (c: Buffer) => (out += c.toString()));
    await new Promise((resolve) => kiosk.once('exit', resolve));
    const profile = out.trim();
    expect(profile.startsWith(dir.path), out).toBe(true);
    expect(existsSync(profile)).toBe(false);
  });

  it('deletes profiles left by an earlier start whose process is gone, and no other folder', async () => {
    const crashed = join(dir.path, 'kiosk-browser-crashed');
    const old = join(dir.path, 'kiosk-browser-before-owners');
    const running = join(dir.path, 'kiosk-browser-running');
    const unrelated = join(dir.path, 'something-else');
    for (const folder of [crashed, old, running, unrelated]) await mkdir(join(folder, 'Default'), { recursive: true });
    await writeFile(join(crashed, 'Default', 'History'), '#/search?q=0812345678');
    await writeFile(join(crashed, 'kiosk-owner.pid'), String(deadPid()));
    await writeFile(join(running, 'kiosk-owner.pid'), String(process.pid));
    expect(removeLeftoverProfiles(dir.path).sort()).toEqual([old, crashed].sort());
    expect(existsSync(running)).toBe(true);
    expect(existsSync(unrelated)).toBe(true);
  });
});

async function leftovers(parent: string) {
  const { readdir } = await import('node:fs/promises');
  return (await readdir(parent)).filter((name) => name.startsWith('kiosk-browser-'));
}
