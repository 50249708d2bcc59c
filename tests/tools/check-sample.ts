/**
 * Checks the shipped sample against the contract's zod schemas and the sample's own rules.
 *
 *   npx tsx tests/tools/check-sample.ts          (exit code 1 on any problem)
 *
 * Also, when poppler's pdftotext is installed, checks that each PDF exists and that its text layer
 * holds the document's pdfContent (whitespace removed: Thai extraction may split lines anywhere).
 */
import { readFileSync, existsSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CatalogueDocument, ServiceStandard } from '../../electron/contract/schemas';
import { categoryCodes } from '../../electron/contract/categories';
import { Settings } from '../../electron/contract/settings';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const sample = join(root, 'resources/sample');

const SampleDocument = CatalogueDocument.omit({ status: true, createdAt: true, updatedAt: true, file: true })
  .extend({
    file: z.string().regex(/^files\/[A-Za-z0-9][A-Za-z0-9._-]*\.pdf$/),
    pdfContent: z.array(z.string().trim().min(1)).min(3).max(8),
  })
  .strict();
const SampleService = ServiceStandard.omit({ status: true, createdAt: true, updatedAt: true }).strict();
const SampleCatalogue = z.object({ documents: z.array(z.unknown()), services: z.array(z.unknown()) }).strict();

const problems: string[] = [];
const fail = (msg: string): void => { problems.push(msg); };
const issues = (e: z.ZodError): string => e.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');

const raw = SampleCatalogue.parse(JSON.parse(readFileSync(join(sample, 'catalogue.json'), 'utf8')));
const docs: z.infer<typeof SampleDocument>[] = [];
for (const [i, d] of raw.documents.entries()) {
  const r = SampleDocument.safeParse(d);
  if (r.success) docs.push(r.data); else fail(`documents[${i}]: ${issues(r.error)}`);
}
const services: z.infer<typeof SampleService>[] = [];
for (const [i, s] of raw.services.entries()) {
  const r = SampleService.safeParse(s);
  if (r.success) services.push(r.data); else fail(`services[${i}]: ${issues(r.error)}`);
}
const settings = Settings.safeParse(JSON.parse(readFileSync(join(sample, 'settings.json'), 'utf8')));
if (!settings.success) fail(`settings.json: ${issues(settings.error)}`);

// ---- sample rules ----
const ids = new Set<string>();
for (const x of [...docs, ...services]) { if (ids.has(x.id)) fail(`duplicate id ${x.id}`); ids.add(x.id); }
const today = '2026-11-21';
const perCategory = new Map<string, number>();
for (const d of docs) {
  perCategory.set(d.category, (perCategory.get(d.category) ?? 0) + 1);
  const chars = d.pdfContent.join('').length;
  if (chars < 150 || chars > 1500) fail(`${d.id}: pdfContent has ${chars} characters (150–1500)`);
  if (d.file !== `files/${d.id}.pdf`) fail(`${d.id}: file should be files/${d.id}.pdf`);
  if (d.published > today) fail(`${d.id}: published in the future (${d.published})`);
  if (d.keywords.length === 0) fail(`${d.id}: no keywords`);
  if (!d.summary.th) fail(`${d.id}: no Thai summary`);
}
for (const code of categoryCodes) if (!perCategory.get(code)) fail(`no document in category ${code}`);
if (docs.length < 48) fail(`only ${docs.length} documents (want ≥ 48)`);
if (services.length < 12) fail(`only ${services.length} services (want ≥ 12)`);
for (const s of services) if (s.steps.length < 3 || s.steps.length > 7) fail(`${s.id}: ${s.steps.length} steps (3–7)`);

// Monthly SKR.1 summaries: fiscal year 2569 minus March and July 2026, plus October 2026.
const skr1 = JSON.parse(readFileSync(join(sample, 'skr1-rows.json'), 'utf8')) as Record<string, unknown[]>;
const months = docs.filter((d) => d.category === 'proc-result').map((d) => d.id.replace(/^sso-skr1-/, '')).sort();
const expected = ['2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-04', '2026-05', '2026-06', '2026-08', '2026-09', '2026-10'];
if (months.join() !== expected.join()) fail(`proc-result months ${months.join()} ≠ ${expected.join()}`);
for (const d of docs.filter((x) => x.category === 'proc-result')) {
  if (!skr1[d.id]?.length) fail(`${d.id}: no rows in skr1-rows.json`);
  if (d.published.slice(0, 7) <= d.id.replace(/^sso-skr1-/, '')) fail(`${d.id}: should be published in a later month`);
}

// ---- PDFs ----
let pdftotext = true;
try { execFileSync('pdftotext', ['-v'], { stdio: 'ignore' }); } catch { pdftotext = false; }
let bytes = 0;
const squash = (s: string): string => s.normalize('NFC').replace(/\s+/g, '');
for (const d of docs) {
  const path = join(sample, d.file);
  if (!existsSync(path)) { fail(`${d.id}: missing ${d.file} (run npx tsx tests/tools/make-sample-pdfs.ts)`); continue; }
  bytes += statSync(path).size;
  if (!pdftotext) continue;
  const text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }));
  for (const p of d.pdfContent) {
    // Compare a prefix of each paragraph: line and page breaks only change whitespace.
    const probe = squash(p).slice(0, 40);
    if (!text.includes(probe)) fail(`${d.id}: PDF text lacks "${probe}"`);
  }
}

const counts = Object.fromEntries(categoryCodes.map((c) => [c, perCategory.get(c) ?? 0]));
console.log(`documents ${docs.length}, services ${services.length}, PDFs ${(bytes / 1024).toFixed(0)} KiB${pdftotext ? '' : ' (pdftotext absent: text not checked)'}`);
console.log(counts);
if (problems.length) {
  console.error(`${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('sample OK');
