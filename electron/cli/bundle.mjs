/**
 * The admin CLI as staff run it (`npm run -s cli -- …`): bundled by esbuild, not compiled by tsx
 * on every run. tsx resolves and transforms some 400 modules at each start, half a second that
 * every command paid before its own work (a search from the cache took 1.3 s at 20,000 documents
 * from source, 0.85 s bundled). The bundle is rebuilt when a source under electron/ or the
 * installed packages change, into a folder named after them, so two CLIs started together never
 * read a half-written bundle. Plain JavaScript: this runs before anything could compile TypeScript.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const appRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Bundles older than this and not current are removed (a CLI still running on one has loaded it by then). */
const KEEP_OLD_MS = 60 * 60 * 1000;
/** Left to Node at run time: a native module, Electron, and packages that read their own files. */
const EXTERNAL = ['electron', 'pouchdb', '@playwright/test', 'playwright', 'playwright-core', '@napi-rs/canvas'];

/** Names the sources the bundle is made from: every file under electron/ (path, size, time) and the lock file. */
export function sourceStamp(root = appRoot) {
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else { const s = statSync(path); hash.update(`${path}\0${s.size}\0${s.mtimeMs}\n`); }
    }
  };
  walk(join(root, 'electron'));
  for (const file of ['package-lock.json', 'package.json']) {
    const path = join(root, file);
    if (existsSync(path)) { const s = statSync(path); hash.update(`${file}\0${s.size}\0${s.mtimeMs}\n`); }
  }
  return hash.digest('hex').slice(0, 16);
}

/** The current bundle's entry (dist/cli/<stamp>/cli.mjs), built first when the sources changed. */
export async function ensureCliBundle(root = appRoot) {
  const stamp = sourceStamp(root);
  const home = join(root, 'dist', 'cli');
  const entry = join(home, stamp, 'cli.mjs');
  if (existsSync(entry)) return entry;
  mkdirSync(home, { recursive: true });
  const temp = join(home, `.building-${process.pid}-${Date.now()}`);
  try {
    await buildInto(root, temp);
    try {
      renameSync(temp, join(home, stamp));
    } catch (error) {
      // Another CLI finished the same bundle first: use its.
      if (!existsSync(entry)) throw error;
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  removeOldBundles(home, stamp);
  return entry;
}

async function buildInto(root, out) {
  const { build } = await import('esbuild');
  // Packages written as CommonJS call require(); an ES module bundle has none unless given one.
  const banner = { js: "import{createRequire as __cr}from'module';const require=__cr(import.meta.url);" };
  const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', absWorkingDir: root, logLevel: 'error' };
  // Split at the dynamic imports (exceljs, pdf.js): a search never loads them.
  await build({ ...common, entryPoints: { cli: 'electron/cli/main.ts' }, splitting: true, outdir: out, outExtension: { '.js': '.mjs' }, external: EXTERNAL, banner });
  // The search index's analysis worker, where analysisPool looks for it: beside the bundle.
  await build({ ...common, entryPoints: ['electron/services/search/analysisWorker.ts'], outfile: join(out, 'searchAnalysisWorker.js') });
  // pdf.js starts its Node "fake worker" from a file beside itself.
  const pdfWorker = join(root, 'node_modules', 'pdfjs-dist', 'legacy', 'build', 'pdf.worker.mjs');
  if (existsSync(pdfWorker)) cpSync(pdfWorker, join(out, 'pdf.worker.mjs'));
}

function removeOldBundles(home, current) {
  for (const name of readdirSync(home)) {
    if (name === current) continue;
    const path = join(home, name);
    try {
      if (Date.now() - statSync(path).mtimeMs > KEEP_OLD_MS) rmSync(path, { recursive: true, force: true });
    } catch {}
  }
}

// `node electron/cli/bundle.mjs`: build it now (npm run build:cli) and print where.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(await ensureCliBundle());
}
