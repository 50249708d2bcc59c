import { spawn, execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { flagValue } from './dataDir';
import { appRoot } from './paths';
import { launchKioskBrowser } from './web/kioskBrowser';
import { serve } from './web/serve';
import { stopOnSignals } from './web/stopOnSignals';

/**
 * `npm start`: Electron when its binary is present; otherwise (offline offices, this build
 * machine) one clear line, then the web mode shown in an installed Chromium/Chrome in kiosk mode.
 */
const root = appRoot();
const args = process.argv.slice(2);

function electronBinary(): string | undefined {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(dir, 'dist'), readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

function findChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome', 'msedge'];
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of names) {
      for (const candidate of [join(folder, name), join(folder, `${name}.exe`)]) if (existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

async function main() {
  execSync('npm run -s build', { cwd: root, stdio: 'inherit' });
  const electron = electronBinary();
  if (electron) {
    const child = spawn(electron, [join(root, 'dist', 'electron', 'main.js'), ...args], { stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }
  console.log('Electron binary not available (it cannot be downloaded here): starting the web mode in Chromium kiosk mode instead.');
  const port = args.includes('--port') ? args[args.indexOf('--port') + 1] ?? '5190' : '5190';
  const data = flagValue(args, 'data');
  const dataArgs = data ? ['--data', data] : [];
  // Ctrl+C or the system's stop: let go of the data folder, then exit (the browser's profile is deleted on the way out).
  const stopping = stopOnSignals(['SIGINT', 'SIGTERM', 'SIGHUP'], { whenParentEnds: process.env.npm_lifecycle_event === 'start' });
  const server = await serve([...dataArgs, '--port', port]);
  stopping.started(server.stop);
  const chromium = findChromium();
  if (!chromium) {
    console.log(`No Chromium or Chrome found (set CHROMIUM_PATH): open http://127.0.0.1:${port}/ in a browser.`);
    return;
  }
  launchKioskBrowser({
    executable: chromium, url: `http://127.0.0.1:${port}/`,
    onExit: (code) => console.log(`Browser closed (${code}); its profile is deleted; the web mode keeps running: http://127.0.0.1:${port}/`),
  });
}

main().catch((error: unknown) => {
  console.error(`Could not start the kiosk: ${(error as Error).message}`);
  process.exit(1);
});
