/**
 * The admin CLI as staff run it (`npm run -s cli -- …`): bundled by esbuild, not compiled by tsx
 * on every run. tsx resolves and transforms some 400 modules at each start, half a second that
 * every command paid before its own work (a search from the cache at 20,000 documents: 1.24 s from
 * source, 0.79 s bundled). The bundle is rebuilt when a source under electron/ or the installed
 * packages change, into a folder named after them, so two CLIs started together never read a
 * half-written bundle. Plain JavaScript: this runs before anything could compile TypeScript.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The app folder this file belongs to (the one holding electron/ and package.json). */
export const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/**
 * Bundles not used for this long are removed. A bundle's folder time is its last use (touched at
 * each start), not its build: a CLI that runs for hours still loads lazy chunks (exceljs, pdf.js,
 * the analysis worker) from the folder it started from.
 */
const UNUSED_FOR_MS = 24 * 60 * 60 * 1000;
/** A build folder left by a CLI stopped mid-build (Ctrl-C) is removed after this long. */
const ABANDONED_BUILD_MS = 10 * 60 * 1000;
/** Left to Node at run time: a native module, Electron, and packages that read their own files. */
const EXTERNAL = ['electron', 'pouchdb', '@playwright/test', 'playwright', 'playwright-core', '@napi-rs/canvas'];
/** Beside electron/: what the bundle is made of too (npm rewrites node_modules/.package-lock.json at each install). */
const ALSO_STAMPED = ['package.json', 'package-lock.json', 'tsconfig.json', 'node_modules/.package-lock.json'];

/**
 * Names the sources the bundle is made from: every file under electron/ and the files above, by
 * path inside the app (a prebuilt bundle survives moving the folder), size and time.
 */
export function sourceStamp(root = repositoryRoot) {
  const hash = createHash('sha256');
  const add = (path) => {
    const s = statSync(path);
    hash.update(`${relative(root, path)}\0${s.size}\0${s.mtimeMs}\n`);
  };
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else add(path);
    }
  };
  walk(join(root, 'electron'));
  for (const file of ALSO_STAMPED) if (existsSync(join(root, file))) add(join(root, file));
  return hash.digest('hex').slice(0, 16);
}

/** The current bundle's entry (dist/cli/<stamp>/cli.mjs), built first when the sources changed. */
export async function ensureCliBundle(root = repositoryRoot) {
  const stamp = sourceStamp(root);
  const home = join(root, 'dist', 'cli');
  const entry = join(home, stamp, 'cli.mjs');
  if (existsSync(entry)) {
    markUsed(join(home, stamp));
    return entry;
  }
  const temp = join(home, `.building-${process.pid}-${Date.now()}`);
  try {
    // Made here, not by esbuild, so an unwritable folder fails at once with one line, not six.
    mkdirSync(temp, { recursive: true });
  } catch (error) {
    throw new Error(`${home} cannot be written (${error.code ?? error.message})`, { cause: error });
  }
  try {
    // esbuild's own message is "Build failed with 6 errors:"; the first error says why (ENOSPC…).
    await buildInto(root, temp).catch((error) => {
      throw new Error(`${home}: the bundle could not be built (${error.errors?.[0]?.text ?? error.message})`, { cause: error });
    });
    try {
      renameSync(temp, join(home, stamp));
    } catch (error) {
      // Another CLI finished the same bundle first: use its.
      if (!existsSync(entry)) throw error;
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  removeUnused(home, stamp);
  return entry;
}

/**
 * zod's `z` namespace re-exports every one of its ~40 message locales, and a namespace cannot be
 * tree-shaken: a third of the bundle, ~60 ms of every CLI start. The kiosk never shows zod's
 * messages (refusals are our own Thai and English, contract/refusalText.ts) and zod configures its
 * English default itself, so the bundle keeps that one locale.
 */
export const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) => (/[\\/]zod[\\/]/.test(args.importer)
      ? { path: join(dirname(args.importer), '..', 'locales', 'index.js'), namespace: 'zod-english-only' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (args) => ({
      contents: "export { default as en } from './en.js';", resolveDir: dirname(args.path), loader: 'js',
    }));
  },
};

async function buildInto(root, out) {
  const { build } = await import('esbuild');
  // Packages written as CommonJS call require(); an ES module bundle has none unless given one.
  const banner = { js: "import{createRequire as __cr}from'module';const require=__cr(import.meta.url);" };
  // Silent: a failed build is reported once, by the caller, from the error it throws.
  const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', absWorkingDir: root, logLevel: 'silent' };
  // Split at the dynamic imports (exceljs, pdf.js): a search never loads them. pdf.js's Node
  // "fake worker" is bundled with it (it imports pdf.worker.mjs), so no file is copied beside.
  await build({ ...common, entryPoints: { cli: 'electron/cli/main.ts' }, splitting: true, outdir: out, outExtension: { '.js': '.mjs' }, external: EXTERNAL, banner, plugins: [zodEnglishOnly] });
  // The search index's analysis worker, where analysisPool looks for it: beside the bundle.
  await build({ ...common, entryPoints: ['electron/services/search/analysisWorker.ts'], outfile: join(out, 'searchAnalysisWorker.js') });
}

function markUsed(folder) {
  const now = new Date();
  try {
    utimesSync(folder, now, now);
  } catch {
    // A read-only app folder: the bundle is used all the same, and nothing there is removed either.
  }
}

function removeUnused(home, current) {
  for (const name of readdirSync(home)) {
    if (name === current) continue;
    const path = join(home, name);
    const limit = name.startsWith('.building-') ? ABANDONED_BUILD_MS : UNUSED_FOR_MS;
    try {
      if (Date.now() - statSync(path).mtimeMs > limit) rmSync(path, { recursive: true, force: true });
    } catch {}
  }
}

// `node electron/cli/bundle.mjs`: build it now (npm run build:cli) and print where.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(await ensureCliBundle());
}
