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
    const reason = String(error.message).split('\n')[0];
    process.stderr.write(`(ใช้โปรแกรมแบบรวมไฟล์ไม่ได้ จึงทำงานจากซอร์สแทน / The CLI bundle could not be built or loaded, running from source: ${reason})\n`);
    const { tsImport } = await import('tsx/esm/api');
    return await tsImport('./main.ts', import.meta.url);
  }
}

const { runCli, runAsProcess } = await loadCli();
runAsProcess(runCli, process.argv.slice(2));
