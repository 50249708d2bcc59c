import { execFile } from 'node:child_process';

/**
 * `npm run -s cli -- staff create-admin --name NAME --data DIR` (its launcher, electron/cli/run.mjs) with the PIN piped in twice: the
 * first administrator is made on the machine. Before the kiosk starts, the CLI writes the folder
 * itself; beside a running kiosk it goes through that kiosk (one writer per folder).
 */
export function createAdminOnMachine(dataDir: string, name: string, pin: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['electron/cli/run.mjs', 'staff', 'create-admin', '--name', name, '--data', dataDir],
      { timeout: 90_000, env: { ...process.env, NODE_ENV: 'production' } },
      (error, stdout, stderr) => (error ? reject(new Error(`staff create-admin failed: ${stdout}${stderr}`)) : resolve()));
    child.stdin!.end(`${pin}\n${pin}\n`);
  });
}
