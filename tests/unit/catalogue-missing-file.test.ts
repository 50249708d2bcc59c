import { copyFile, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bootKiosk, type Kiosk } from '../../electron/boot';
import type { DocumentPage } from '../../electron/contract/catalogue';
import type { CompletenessReport } from '../../electron/contract/catalogue-staff';
import type { Log } from '../../electron/services/runtime';
import { checkDataFolder } from '../../electron/services/backup/dataCheck';
import { as, call, setUpAccounts, writeSmallCatalogue } from './staff-fixtures';
import { fixedClock, tempDir } from './support';

// doc-1 of the small catalogue has a PDF; here its file is gone from files/ (copied without it, deleted by hand).
describe('a document whose PDF is missing from the file store', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let kiosk: Kiosk;
  let sha256: string;
  const warnings: { message: string; detail?: Record<string, unknown> }[] = [];
  const log: Log = { info: () => {}, warn: (message, detail) => warnings.push({ message, detail }), error: () => {} };

  beforeEach(async () => {
    dir = await tempDir('kiosk-missing-pdf-');
    ({ sha256 } = await writeSmallCatalogue(dir.path));
    await copyFile('resources/sample/settings.json', join(dir.path, 'settings.json')); // its qrBaseUrl makes a QR for every document
    await rm(join(dir.path, 'files', `${sha256}.pdf`));
    warnings.length = 0;
    kiosk = await bootKiosk({ dataDir: dir.path, clock: fixedClock('2026-03-02T02:00:00Z'), log });
  });
  afterEach(() => dir.remove());

  it('still shows the document, says its file is missing and offers no QR code for it', async () => {
    const page = await call<DocumentPage>(kiosk, 'catalogue.get', { id: 'doc-1' });
    expect(page.document.title.th).toBe('แผนการจัดซื้อจัดจ้างประจำปี ๒๕๖๙');
    expect(page.fileMissing).toBe(true);
    expect(page.publicUrl).toBeUndefined();
    await expect(kiosk.services.catalogue.publicPdf(page.document.file!.sha256)).rejects.toThrow(/missing/);
    // A document without a PDF at all is not "missing" one: its QR still leads to its public page.
    const other = await call<DocumentPage>(kiosk, 'catalogue.get', { id: 'doc-2' });
    expect(other.fileMissing).toBeUndefined();
    expect(other.publicUrl).toBe('https://www.sso.go.th/infocentre/doc/doc-2');
  });

  it('logs the missing file as a warning once, however often the document is opened', async () => {
    for (let i = 0; i < 3; i++) await call(kiosk, 'catalogue.get', { id: 'doc-1' });
    const missing = warnings.filter((w) => /PDF.*missing/i.test(w.message));
    expect(missing).toHaveLength(1);
    expect(missing[0]!.detail).toMatchObject({ documentId: 'doc-1' });
  });

  it('names the document on the staff dashboard and in verify', async () => {
    const { admin } = await setUpAccounts(kiosk);
    const report = await call<CompletenessReport>(kiosk, 'catalogue.completeness', {}, as(admin.actor));
    expect(report.missingFiles).toEqual([{ id: 'doc-1', title: 'แผนการจัดซื้อจัดจ้างประจำปี ๒๕๖๙', fileName: 'plan.pdf' }]);
    const check = await checkDataFolder(dir.path);
    expect(check.problems.map((p) => p.problem).join('\n')).toContain('missing: the file of document "doc-1"');
    expect(check.problems.map((p) => p.problemTh).join('\n')).toContain('ไม่พบไฟล์ PDF ของเอกสาร "doc-1"');
  });

  it('calls a PDF missing the same way on the citizen page and on the dashboard: a folder of its name is no file (review)', async () => {
    await mkdir(join(dir.path, 'files', `${sha256}.pdf`));
    const { admin } = await setUpAccounts(kiosk);
    expect((await call<DocumentPage>(kiosk, 'catalogue.get', { id: 'doc-1' })).fileMissing).toBe(true);
    const report = await call<CompletenessReport>(kiosk, 'catalogue.completeness', {}, as(admin.actor));
    expect(report.missingFiles.map((d) => d.id)).toEqual(['doc-1']);
  });
});
