/**
 * `npm run -s cli -- <command> …`: runs the admin CLI from its bundle (see bundle.mjs), building
 * it first when the sources changed. Where the bundle cannot be built (a full disk, a read-only
 * app folder), the CLI still runs, from its sources through tsx: backup and restore are needed
 * most on such a day. Exit codes and output are the CLI's own.
 */
import { pathToFileURL } from 'node:url';
import { ensureCliBundle } from './bundle.mjs';

async function loadCli() {
  try {
    return await import(pathToFileURL(await ensureCliBundle()).href);
  } catch (error) {
    process.stderr.write(`(ไม่สามารถเตรียมโปรแกรมแบบรวมไฟล์ได้ ใช้จากซอร์สแทน / The CLI bundle could not be built, running from source: ${error.message})\n`);
    const { tsImport } = await import('tsx/esm/api');
    return await tsImport('./main.ts', import.meta.url);
  }
}

const { runCli } = await loadCli();
runCli(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`Error: ${error.message}\n`);
    process.exit(2);
  },
);
