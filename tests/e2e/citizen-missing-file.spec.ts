import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { DocumentPage } from './pages/DocumentPage';
import { HomePage } from './pages/HomePage';
import { storedCatalogue } from './support/catalogue';

type Stored = { documents: { id: string; title: { th: string }; status: string; file?: { sha256: string } }[] };

// A PDF deleted from files/ (or a folder copied without it): the page stays, the citizen is sent to the staff.
test('a document whose PDF is missing says so in Thai and English and offers no QR code', async ({ page, kiosk }) => {
  const withFile = (await storedCatalogue<Stored>(kiosk.dataDir)).documents.find((d) => d.status === 'active' && d.file)!;
  // The kiosk is shared by this worker's tests: the file is put back at the end.
  const pdf = join(kiosk.dataDir, 'files', `${withFile.file!.sha256}.pdf`);
  const bytes = await readFile(pdf);
  await rm(pdf);
  const home = new HomePage(page);
  await home.open(kiosk.url);
  await page.evaluate((id) => { window.location.hash = `#/doc/${encodeURIComponent(id)}`; }, withFile.id);
  const doc = new DocumentPage(page);
  await expect(doc.title()).toHaveText(withFile.title.th);
  await expect(doc.fileMissing()).toContainText('ไม่มีไฟล์ของเอกสารนี้ในตู้นี้');
  await expect(doc.fileMissing()).toContainText('เจ้าหน้าที่');
  await expect(doc.fact('วันที่เผยแพร่')).toBeVisible();
  await expect(doc.qr()).toHaveCount(0);
  await expect(doc.viewer()).toHaveCount(0);
  await home.languageToggle().click();
  await expect(doc.fileMissing()).toContainText('not available at this kiosk');
  await expect(doc.fileMissing()).toContainText('staff');
  await expect(doc.qr()).toHaveCount(0);
  await writeFile(pdf, bytes);
});
