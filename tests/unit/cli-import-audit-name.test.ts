/**
 * The CLI zips a table with the PDFs it names to carry them to the kiosk (cli/import.ts,
 * bundleWithFiles). That zip is transport: the trail names the file the staff member gave
 * (good.csv), never `good.csv.zip`, a file that never existed (outside tester), whether a running
 * kiosk takes the import over its admin channel or the CLI holds the folder itself.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startAdminChannel } from '../../electron/adminChannel/channelServer';
import { bootKiosk } from '../../electron/boot';
import { runCli } from '../../electron/cli/main';
import type { AuditRecord } from '../../electron/contract/staff';
import { silentLog } from '../../electron/services/runtime';
import { holdFolder } from '../../electron/services/store/folderLock';
import { actionLabel, auditWordsFor, noteText, targetText } from '../../renderer/src/staff/auditLabels';
import { catalogueRows, header, tinyPdf, toCsv, utf8, zipOf } from '../fixtures/import/build';
import { fixedClock, tempDir } from './support';
import { as, call, setUpAccounts } from './staff-fixtures';

const trailOf = async (dataDir: string) =>
  (await readFile(join(dataDir, 'audit.ndjson'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as AuditRecord);

/** good.csv naming three PDFs beside it, and a plain table naming none. */
async function writeImports(folder: string) {
  await mkdir(join(folder, 'pdf'), { recursive: true });
  const rows = catalogueRows(3).map((r, i) => ({ ...r, id: `named-${i}`, file: `pdf/doc${i}.pdf` }));
  for (let i = 0; i < 3; i++) await writeFile(join(folder, 'pdf', `doc${i}.pdf`), tinyPdf(`document ${i}`));
  await writeFile(join(folder, 'good.csv'), utf8(toCsv(rows, header)));
  await writeFile(join(folder, 'plain.csv'), utf8(toCsv(catalogueRows(2).map((r, i) => ({ ...r, id: `plain-${i}` })), header)));
}

function expectNamed(trail: AuditRecord[], file: string, pdfs: number) {
  const entry = trail.filter((r) => r.method === 'import.apply').at(-1);
  const summary = entry?.changes.find((c) => c.target.startsWith('import:'));
  expect(summary).toMatchObject({ target: `import:${file}`, note: { code: 'import.applied', file }, after: { files: pdfs } });
  expect(JSON.stringify(entry)).not.toContain('.csv.zip');
  const th = auditWordsFor('th');
  expect(actionLabel(th, 'import.apply')).toBe('นำเข้าข้อมูลจากไฟล์');
  expect(targetText(th, summary!.target)).toBe(`นำเข้าไฟล์ ${file}`);
  expect(noteText(th, summary!.note!)).toBe(`นำเข้าจากไฟล์ ${file}`);
}

describe('the trail names the import file the staff member gave', () => {
  it('when the CLI holds the folder itself: good.csv with its PDFs, not good.csv.zip', async () => {
    const dir = await tempDir('import-name-');
    try {
      await writeImports(dir.path);
      const data = join(dir.path, 'data');
      const said: string[] = [];
      expect(await runCli(['import', join(dir.path, 'good.csv'), '--new-folder', '--data', data], (l) => said.push(l))).toBe(0);
      expect(said.join('\n')).toContain('PDFs 3');
      expectNamed(await trailOf(data), 'good.csv', 3);
      expect(await runCli(['import', join(dir.path, 'plain.csv'), '--data', data], () => {})).toBe(0);
      expectNamed(await trailOf(data), 'plain.csv', 0);
    } finally { await dir.remove(); }
  });

  it('when a running kiosk takes the import over its admin channel', async () => {
    const dir = await tempDir('import-name-');
    const dataDir = join(dir.path, 'data');
    const hold = await holdFolder(dataDir, { role: 'kiosk', waitMs: 5_000, log: silentLog });
    const kiosk = await bootKiosk({ dataDir, owner: hold.held, clock: fixedClock('2026-12-07T03:00:00Z') });
    const channel = await startAdminChannel({ dataDir, dispatch: kiosk.dispatch, hold, log: silentLog, backup: (out) => kiosk.backup(out) });
    try {
      await writeImports(dir.path);
      expect(await runCli(['import', join(dir.path, 'good.csv'), '--data', dataDir], () => {})).toBe(0);
      expectNamed(await trailOf(dataDir), 'good.csv', 3);
    } finally {
      await channel.close();
      await kiosk.services.stats.close();
      await hold.release();
      await dir.remove();
    }
  });

  it('a zip the staff member made is named as the zip', async () => {
    const dir = await tempDir('import-name-');
    try {
      const rows = catalogueRows(1).map((r) => ({ ...r, id: 'zipped-0', file: 'files/a.pdf' }));
      await writeFile(join(dir.path, 'batch.zip'), zipOf({ 'table.csv': utf8(toCsv(rows, header)), 'files/a.pdf': tinyPdf('a') }));
      const data = join(dir.path, 'data');
      expect(await runCli(['import', join(dir.path, 'batch.zip'), '--new-folder', '--data', data], () => {})).toBe(0);
      expectNamed(await trailOf(data), 'batch.zip', 1);
    } finally { await dir.remove(); }
  });
  it('a screen cannot ask for the name inside its zip: "bundled" is the CLI\'s word only (review, helper-64)', async () => {
    const dir = await tempDir('import-name-');
    try {
      const kiosk = await bootKiosk({ dataDir: join(dir.path, 'data'), clock: fixedClock('2026-12-07T03:00:00Z') });
      const { admin } = await setUpAccounts(kiosk);
      const rows = catalogueRows(1).map((r) => ({ ...r, id: 'zipped-1', file: 'files/a.pdf' }));
      const zip = zipOf({ 'never-given.csv': utf8(toCsv(rows, header)), 'files/a.pdf': tinyPdf('a') });
      await call(kiosk, 'import.apply', { fileName: 'upload.zip', base64: Buffer.from(zip).toString('base64'), bundled: true }, { ...as(admin.actor), transport: 'http' });
      expectNamed(await trailOf(join(dir.path, 'data')), 'upload.zip', 1);
      await kiosk.services.stats.close();
    } finally { await dir.remove(); }
  });
});
