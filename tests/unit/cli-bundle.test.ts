/**
 * `npm run -s cli` runs the admin CLI from an esbuild bundle (electron/cli/run.mjs, bundle.mjs), so
 * a command starts without tsx compiling the sources (issue 17: start from the cache within a
 * second "for every CLI command"). The bundle must do what the sources do: the same answers, a
 * ZIP's PDFs read by pdf.js, the search cache written; and it must follow the sources when they change.
 */
import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBundle, sourceStamp } from '../../electron/cli/bundle.mjs';
import { catalogueRows, header, tinyPdf, toCsv, utf8, zipOf } from '../fixtures/import/build';
import { tempDir } from './support';

const run = promisify(execFile);
const launcher = (...args: string[]) => run(process.execPath, ['electron/cli/run.mjs', ...args], { timeout: 120_000 });
const fromSource = (...args: string[]) => run(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], { timeout: 120_000 });

describe('the CLI as npm run cli runs it (bundled)', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => { dir = await tempDir(); });
  afterAll(() => dir.remove());

  it('imports a ZIP whose PDFs it reads, answers as the sources do, and leaves the search cache', async () => {
    const data = join(dir.path, 'data');
    const rows = catalogueRows(2).map((r, i) => ({ ...r, id: `scanned-${i}`, file: `files/doc${i}.pdf` }));
    const zip = join(dir.path, 'docs.zip');
    await writeFile(zip, zipOf({
      'catalogue.csv': utf8(toCsv(rows, header)),
      'files/doc0.pdf': tinyPdf('Pension zebracrossing leaflet'),
      'files/doc1.pdf': tinyPdf('Unrelated text'),
    }));
    const imported = await launcher('import', zip, '--new-folder', '--data', data);
    expect(imported.stdout).toContain('added 2');
    expect(imported.stdout).toContain('PDFs 2');

    // "zebracrossing" is only in the first PDF's text: pdf.js ran inside the bundle.
    const bundled = JSON.parse((await launcher('search', 'zebracrossing', '--json', '--data', data)).stdout) as { found: number; ids: string[] };
    expect(bundled).toMatchObject({ found: 1, ids: ['scanned-0'] });
    expect((await stat(join(data, '.cache', 'search-index.bin'))).size).toBeGreaterThan(0);
    const source = JSON.parse((await fromSource('search', 'zebracrossing', '--json', '--data', data)).stdout) as unknown;
    expect(bundled).toEqual(source);
  });

  it('reports a wrong command as the sources do, with the exit code', async () => {
    const failure = await launcher('search', '--data').catch((error: { code: number; stdout: string; stderr: string }) => error);
    const sourceFailure = await fromSource('search', '--data').catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect(failure).toMatchObject({ code: (sourceFailure as { code: number }).code });
    expect((failure as { code: number }).code).toBeGreaterThan(0);
    expect(`${(failure as { stdout: string }).stdout}${(failure as { stderr: string }).stderr}`)
      .toBe(`${(sourceFailure as { stdout: string }).stdout}${(sourceFailure as { stderr: string }).stderr}`);
  });

  it('writes a long answer whole into a pipe that reads slowly (exit waits for stdout)', async () => {
    const queries = join(dir.path, 'queries.txt');
    await writeFile(queries, Array.from({ length: 3000 }, (_, i) => `ประกัน ${i}`).join('\n'));
    const data = join(dir.path, 'empty');
    // A first run fills the folder and its cache: the second answers fast, before the reader reads.
    await mkdir(data);
    await launcher('search', 'ประกัน', '--data', data);
    const piped = await run('sh', ['-c', `"${process.execPath}" electron/cli/run.mjs search --queries "${queries}" --json --data "${data}" | (sleep 2; wc -l)`], { timeout: 120_000 });
    expect(Number(piped.stdout.trim())).toBe(3000);
    // 3,000 searches take ~8 s here, and over 30 s (vitest's default) on a loaded 2-core CI run: this checks the pipe, not the speed.
  }, 150_000);

  it('keeps a bundle a CLI used lately and removes those no one has used for a day', async () => {
    const root = join(dir.path, 'tiny');
    await mkdir(join(root, 'electron', 'cli'), { recursive: true });
    await mkdir(join(root, 'electron', 'services', 'search'), { recursive: true });
    await writeFile(join(root, 'electron', 'cli', 'main.ts'), 'export const runCli = async () => 0;\n');
    await writeFile(join(root, 'electron', 'services', 'search', 'analysisWorker.ts'), 'export {};\n');
    const home = join(root, 'dist', 'cli');
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
    const first = await ensureCliBundle(root);
    const inUse = join(first, '..');
    // Built two days ago, but a CLI started from it just now (its lazy chunks are still to be read).
    await utimes(inUse, twoDaysAgo, twoDaysAgo);
    expect(await ensureCliBundle(root)).toBe(first);
    const abandoned = join(home, 'abandoned');
    await mkdir(abandoned);
    await utimes(abandoned, twoDaysAgo, twoDaysAgo);
    await writeFile(join(root, 'electron', 'cli', 'main.ts'), 'export const runCli = async () => 1;\n');
    const second = await ensureCliBundle(root);
    expect(second).not.toBe(first);
    expect((await readdir(home)).sort()).toEqual([first.split('/').at(-2), second.split('/').at(-2)].sort());
  });

  it('names its sources by paths inside the app, so a prebuilt bundle survives moving the folder', async () => {
    const a = join(dir.path, 'here', 'app');
    const b = join(dir.path, 'there', 'moved');
    for (const root of [a, b]) {
      await mkdir(join(root, 'electron'), { recursive: true });
      await writeFile(join(root, 'electron', 'x.ts'), 'export {};\n');
      await utimes(join(root, 'electron', 'x.ts'), new Date(1e12), new Date(1e12));
    }
    expect(sourceStamp(a)).toBe(sourceStamp(b));
    // The installed packages count too: npm rewrites node_modules/.package-lock.json at each install.
    await mkdir(join(a, 'node_modules'));
    await writeFile(join(a, 'node_modules', '.package-lock.json'), '{}');
    expect(sourceStamp(a)).not.toBe(sourceStamp(b));
  });

  it('runs from source with one line of explanation when the bundle folder cannot be written', async () => {
    const root = join(dir.path, 'readonly');
    await mkdir(join(root, 'electron', 'cli'), { recursive: true });
    await writeFile(join(root, 'electron', 'cli', 'main.ts'), 'export const runCli = async () => 0;\n');
    await mkdir(join(root, 'dist'), { recursive: true });
    // A file where the folder should be: unwritable even for root, who writes through file modes.
    await writeFile(join(root, 'dist', 'cli'), 'not a folder');
    const failure = await ensureCliBundle(root).catch((error: Error) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message.split('\n')).toHaveLength(1);
    expect((failure as Error).message).toContain(join(root, 'dist', 'cli'));
  });

  it('is rebuilt when a source changes: the stamp names every file under electron/ and the lock file', async () => {
    const root = join(dir.path, 'app');
    await mkdir(join(root, 'electron', 'cli'), { recursive: true });
    await writeFile(join(root, 'electron', 'cli', 'main.ts'), 'export {};\n');
    await writeFile(join(root, 'package-lock.json'), '{}');
    const first = sourceStamp(root);
    expect(sourceStamp(root)).toBe(first);
    await utimes(join(root, 'electron', 'cli', 'main.ts'), new Date(), new Date(Date.now() + 5_000));
    const edited = sourceStamp(root);
    expect(edited).not.toBe(first);
    await writeFile(join(root, 'electron', 'cli', 'new.ts'), 'export {};\n');
    expect(sourceStamp(root)).not.toBe(edited);
    const added = sourceStamp(root);
    await writeFile(join(root, 'package-lock.json'), '{"lockfileVersion":3}');
    expect(sourceStamp(root)).not.toBe(added);
    // The repository's own bundle is the one its current stamp names.
    const entry = await ensureCliBundle();
    expect(entry).toBe(join(process.cwd(), 'dist', 'cli', sourceStamp(), 'cli.mjs'));
    const current = await readFile(entry, 'utf8');
    expect(current).toContain('runCli');
  });
});
