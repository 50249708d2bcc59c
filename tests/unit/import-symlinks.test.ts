import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { catalogueRows, tinyPdf, toCsv, utf8 } from '../fixtures/import/build';
import { base64, kioskPerTest } from './catalogue-support';
import { catalogueStoreBytes, storedCatalogue } from './support';

/** Unix mode of a symbolic link, as `zip -y` records it in the entry's external attributes. */
const LINK_ATTRS = (0o120777 << 16) >>> 0;

// A link is never followed, even one that stays inside the import: where it points can change
// between the check and the read, and it could lead anywhere on the machine.
describe('an import whose PDF is a symbolic link', () => {
  const { dir, kiosk } = kioskPerTest({ at: '2026-11-21T03:00:00Z', prefix: 'kiosk-import-link-' });
  const lines: string[] = [];
  const print = (line: string) => { lines.push(line); };
  beforeEach(() => { lines.length = 0; });

  it('from a folder: the row says the file is a symbolic link, not followed; nothing is imported', async () => {
    const folder = join(dir.path, 'batch');
    await mkdir(join(folder, 'files'), { recursive: true });
    await writeFile(join(dir.path, 'outside.pdf'), tinyPdf('outside'));
    await writeFile(join(folder, 'files', 'real.pdf'), tinyPdf('inside'));
    await symlink(join(dir.path, 'outside.pdf'), join(folder, 'files', 'out.pdf'));
    await symlink('real.pdf', join(folder, 'files', 'in.pdf'));
    const rows = catalogueRows(3).map((r, i) => ({ ...r, file: ['files/out.pdf', 'files/in.pdf', 'files/real.pdf'][i]! }));
    await writeFile(join(folder, 'links.csv'), utf8(toCsv(rows)));
    const data = join(dir.path, 'data');

    expect(await runCli(['import', join(folder, 'links.csv'), '--new-folder', '--data', data], print)).toBe(1);
    const said = lines.join('\n');
    for (const link of ['files/out.pdf', 'files/in.pdf']) {
      expect(said).toContain(`${link} is a symbolic link, which is not followed`);
      expect(said).toContain(`ไฟล์ ${link} เป็นลิงก์สัญลักษณ์ (symbolic link)`);
    }
    expect(said).not.toMatch(/not found/);
    // The CLI seeded the sample into the new folder; none of the three rows went in.
    expect((await storedCatalogue(data)).documents.filter((d) => d.id.startsWith('imp-'))).toEqual([]);
  });

  it('in a zip: the same row error, and the catalogue is left as it was', async () => {
    const rows = catalogueRows(2).map((r, i) => ({ ...r, file: i === 0 ? 'files/a.pdf' : 'files/b.pdf' }));
    const zip = zipSync({
      'table.csv': utf8(toCsv(rows)),
      'files/a.pdf': [utf8('/etc/passwd'), { os: 3, attrs: LINK_ATTRS }],
      'files/b.pdf': tinyPdf('fine'),
    });
    const before = await catalogueStoreBytes(dir.path);
    const preview = await kiosk.call('import.preview', { fileName: 'batch.zip', base64: base64(zip) }) as { errors: { row: number; column?: string; messageTh: string; messageEn: string }[] };
    expect(preview.errors).toEqual([expect.objectContaining({
      row: 2, column: 'file',
      messageEn: 'files/a.pdf is a symbolic link, which is not followed (a link could point outside the import): put the PDF itself in its place',
    })]);
    expect(preview.errors[0]!.messageTh).toContain('ไฟล์ files/a.pdf เป็นลิงก์สัญลักษณ์ (symbolic link)');
    const applied = await kiosk.attempt('import.apply', { fileName: 'batch.zip', base64: base64(zip) });
    expect(applied).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    expect(await catalogueStoreBytes(dir.path)).toEqual(before);
  });
});
