/**
 * The CLI and the kiosk measured from outside, as staff meet them: every figure is a new process
 * (`node --import tsx electron/cli/main.ts …` from source, and `npm run cli`'s way, electron/cli/run.mjs:
 * the CLI bundled by esbuild), its wall time and its CPU time (the children's, from /proc), the machine's
 * load beside it, and Node's bare start-up measured in the same run so that it can be subtracted.
 *   - import of the generated documents in files of 5,000 (10,000 above 20,000 documents: a
 *     table may be at most 50 MB), target ≤ 20 s for 20,000;
 *   - search: the first run (no cache: it builds the index and writes the cache) is the baseline
 *     for the next runs (start from the cache: target ≤ 1 s at 20,000, ≤ 4 s at 100,000);
 *   - the kiosk (web mode, from source and bundled as Electron's main process is) started on the
 *     folder: time until a search answers, and (baseline) the same with the cache deleted;
 *   - a CLI search beside that running kiosk (it asks the kiosk).
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { header, toCsv, withBom } from '../fixtures/import/build';
import { makeCorpus, reseed } from './search-bench-corpus';

const ms = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(0)} ms`);
const load = () => `load ${loadavg()[0]?.toFixed(1)}`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const TICK_MS = 1000 / 100; // USER_HZ

/** CPU time of this process's waited-for children so far (ms), or NaN where /proc is missing. */
function childrenCpuMs(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * TICK_MS; // cutime, cstime
  } catch {
    return NaN;
  }
}

interface Run { wall: number; cpu: number; out: string }

function run(command: string[], env: NodeJS.ProcessEnv = {}): Run {
  const cpu = childrenCpuMs();
  const t = performance.now();
  const result = spawnSync(command[0] as string, command.slice(1), { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  const wall = performance.now() - t;
  if (result.status !== 0) throw new Error(`${command.join(' ')} failed (${result.status}): ${result.stderr.slice(-500)}`);
  return { wall, cpu: childrenCpuMs() - cpu, out: result.stdout };
}

const line = (label: string, r: { wall: number; cpu: number }, extra = '') =>
  console.log(`cli    ${label}: ${ms(r.wall)} (cpu ${ms(r.cpu)}, ${load()})${extra}`);

/** The web mode bundled as Electron's main process is (no tsx), with the analysis worker beside it; inside the app's folder (it finds its resources from there). */
async function bundledServe(): Promise<string> {
  const dir = join(process.cwd(), 'dist', 'bench-serve');
  const banner = { js: "import{createRequire as __cr}from'module';const require=__cr(import.meta.url);" };
  // Split at dynamic imports (exceljs, pdf.js): loaded only by the commands that use them.
  await build({ entryPoints: { serve: 'electron/web/serve.ts' }, bundle: true, splitting: true, platform: 'node', format: 'esm', target: 'node20', outdir: dir, outExtension: { '.js': '.mjs' }, external: ['electron', 'pouchdb'], banner, logLevel: 'error' });
  await build({ entryPoints: ['electron/services/search/analysisWorker.ts'], bundle: true, platform: 'node', format: 'esm', outfile: join(dir, 'searchAnalysisWorker.js'), logLevel: 'error' });
  return join(dir, 'serve.mjs');
}

async function importFiles(size: number, dir: string): Promise<string[]> {
  reseed(size);
  const corpus = makeCorpus(size);
  const per = size > 20_000 ? 10_000 : 5_000;
  const files: string[] = [];
  for (let part = 0; part * per < size; part++) {
    const rows = corpus.slice(part * per, (part + 1) * per).map((d) => ({
      id: d.id, title_th: d.title.th, title_en: '', category: d.category ?? 'other', published: d.published ?? '', unit: d.unit ?? '',
      keywords: d.keywords.join(';'), summary_th: d.summary, summary_en: '', body: d.body, url: '', file: '',
    }));
    const file = join(dir, `import-${size}-${part}.csv`);
    await writeFile(file, withBom(toCsv(rows, header)));
    files.push(file);
  }
  return files;
}

/** Starts the web mode on the folder and waits until a search answers; the kiosk is left running. */
async function startKiosk(serve: string[], dataDir: string, rendererDir: string, port: number) {
  const cpu = childrenCpuMs();
  const t = performance.now();
  const child = spawn(serve[0] as string, [...serve.slice(1), '--data', dataDir, '--port', String(port), '--renderer', rendererDir], { stdio: ['ignore', 'ignore', 'inherit'] });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the web mode exited (${child.exitCode})`);
    const answer = await fetch(`http://127.0.0.1:${port}/api/search.query`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ q: 'ประกาศ' }) })
      .then((r) => r.json() as Promise<{ ok: boolean }>).catch(() => undefined);
    if (answer?.ok) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const wall = performance.now() - t;
  return { wall, cpuBefore: cpu, stop: async () => { child.kill('SIGTERM'); await new Promise((resolve) => child.once('exit', resolve)); } };
}

export async function cliFigures(size: number, work: string, port = 5741): Promise<void> {
  const dir = join(work, `cli-${size}`);
  const dataDir = join(dir, 'data');
  await mkdir(dir, { recursive: true });
  const renderer = join(dir, 'renderer');
  await mkdir(renderer, { recursive: true });
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>bench</title>');
  const node = [process.execPath, '--import', 'tsx'];
  const cli = [...node, 'electron/cli/main.ts'];
  // What `npm run -s cli` runs (npm's own start-up, ~0.3 s, left out): the bundle, built here if stale.
  const npmCli = [process.execPath, 'electron/cli/run.mjs'];
  run([...npmCli, '--help']);
  const files = await importFiles(size, dir);
  console.log(`\n== CLI and kiosk from outside, ${size.toLocaleString('en-US')} documents (each figure a new process) ==`);

  // What every process pays before any of our work: subtracted below.
  const bare = median([0, 1, 2].map(() => run([process.execPath, '-e', '0']).wall));
  const bareTsx = median([0, 1, 2].map(() => run([...node, '-e', '0']).wall));
  const help = median([0, 1, 2].map(() => run([...cli, '--help']).wall));
  const helpBundled = median([0, 1, 2].map(() => run([...npmCli, '--help']).wall));
  console.log(`cli    start-up alone: node -e 0 ${ms(bare)}, with tsx ${ms(bareTsx)}; cli --help (loads every command) from source ${ms(help)}, as npm run cli runs it (bundled) ${ms(helpBundled)}`);

  let importWall = 0, importCpu = 0;
  for (const file of files) {
    const r = run([...npmCli, 'import', file, '--new-folder', '--data', dataDir]);
    importWall += r.wall; importCpu += r.cpu;
  }
  const importNet = importWall - files.length * bare;
  line(`import in ${files.length} files of ${size / files.length}`, { wall: importWall, cpu: importCpu },
    ` (npm run cli, bundled); less node's start-up per run ${ms(importNet)}${size === 20_000 ? `  ${importWall <= 20_000 ? 'OK' : importNet <= 20_000 ? 'OK less start-up,' : 'OVER'} ≤ 20 s` : ''}`);

  const search = (command: string[]) => run([...command, 'search', 'ประกาศ', '--json', '--data', dataDir]);
  const cold = search(cli);
  line('from source (tsx), search with no cache (baseline: builds the index, writes the cache)', cold);
  const target = size <= 20_000 ? 1000 : 4000;
  const fromCache = [0, 1, 2].map(() => search(cli));
  const wall = median(fromCache.map((r) => r.wall)), cpu = median(fromCache.map((r) => r.cpu));
  const verdict = (net: number) => (net <= target ? `OK ≤ ${ms(target)}` : `OVER ${ms(target)}`);
  line('from source (tsx), search from the cache (median of 3)', { wall, cpu }, `; less tsx's start-up ${ms(wall - bareTsx)}  ${verdict(wall - bareTsx)}; less cli --help ${ms(wall - help)}; ${(cold.wall / wall).toFixed(1)}× faster than no cache`);
  const packagedRuns = [0, 1, 2].map(() => search(npmCli));
  const pWall = median(packagedRuns.map((r) => r.wall));
  line('npm run cli (bundled), search from the cache (median of 3)', { wall: pWall, cpu: median(packagedRuns.map((r) => r.cpu)) }, `; less node's start-up ${ms(pWall - bare)}  ${verdict(pWall - bare)}`);

  // The kiosk: from the cache, and (baseline) with the cache deleted.
  const serveSource = [...node, 'electron/web/serve.ts'], servePackaged = [process.execPath, await bundledServe()];
  const kiosk = await startKiosk(serveSource, dataDir, renderer, port);
  const beside = [0, 1, 2].map(() => search(npmCli));
  await kiosk.stop();
  const besideCpu = beside.reduce((sum, r) => sum + r.cpu, 0);
  line('kiosk (web mode) start from the cache until a search answers', { wall: kiosk.wall, cpu: childrenCpuMs() - kiosk.cpuBefore - besideCpu }, `; less tsx's start-up ${ms(kiosk.wall - bareTsx)}  ${verdict(kiosk.wall - bareTsx)}`);
  line('CLI search beside the running kiosk (asks the kiosk; median of 3)', { wall: median(beside.map((r) => r.wall)), cpu: median(beside.map((r) => r.cpu)) });
  const bundledKiosk = await startKiosk(servePackaged, dataDir, renderer, port);
  await bundledKiosk.stop();
  line('packaged kiosk (web mode bundled) start from the cache until a search answers', { wall: bundledKiosk.wall, cpu: childrenCpuMs() - bundledKiosk.cpuBefore },
    `; less node's start-up ${ms(bundledKiosk.wall - bare)}  ${verdict(bundledKiosk.wall - bare)}`);
  await rm(join(dataDir, '.cache'), { recursive: true, force: true });
  const coldKiosk = await startKiosk(serveSource, dataDir, renderer, port);
  await coldKiosk.stop();
  line('kiosk start with the cache deleted (baseline; cpu of its whole life)', { wall: coldKiosk.wall, cpu: childrenCpuMs() - coldKiosk.cpuBefore });
}
