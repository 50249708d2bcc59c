/**
 * `npm run -s cli` runs the admin CLI from an esbuild bundle (electron/cli/run.mjs, bundle.mjs), so
 * a command starts without tsx compiling the sources (issue 17: start from the cache within a
 * second "for every CLI command"). The bundle must do what the sources do: the same answers, a
 * ZIP's PDFs read by pdf.js, the search cache written; and it must follow the sources when they change.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceStamp } from '../../electron/cli/bundle.mjs';
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
    const imported = await launcher('import', zip, '--data', data);
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
    // The repository's own bundle is current after the runs above.
    const current = await readFile(join('dist', 'cli', sourceStamp(), 'cli.mjs'), 'utf8');
    expect(current).toContain('runCli');
  });
});
