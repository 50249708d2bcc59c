import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { z } from 'zod';
import { CatalogueDocument, ServiceStandard } from '../../contract/schemas';
import type { CatalogueFile } from './catalogueFile';
import type { FileStore } from './fileStore';
import { extractPdfText } from './pdfText';

/** The shipped sample: documents name their PDF relative to the sample folder. */
const SampleFile = z.object({
  documents: z.array(
    CatalogueDocument.omit({ file: true, status: true, createdAt: true, updatedAt: true }).extend({
      file: z.string().optional(),
    }),
  ),
  services: z.array(ServiceStandard.omit({ status: true, createdAt: true, updatedAt: true })),
});

/** Builds the first catalogue from `resources/sample/`: PDFs copied in under their hash, text extracted. */
export async function seedSample(sampleDir: string, files: FileStore, now: Date): Promise<CatalogueFile> {
  const sample = SampleFile.parse(JSON.parse(await readFile(join(sampleDir, 'catalogue.json'), 'utf8')));
  const stamp = now.toISOString();
  const documents: CatalogueDocument[] = [];
  for (const { file, ...doc } of sample.documents) {
    let attached: CatalogueDocument['file'];
    if (file) {
      const path = resolve(sampleDir, file);
      if (!path.startsWith(resolve(sampleDir) + sep)) throw new Error(`sample file escapes the sample folder: ${file}`);
      const bytes = await readFile(path);
      const sha256 = await files.putPdf(bytes);
      const text = await extractPdfText(bytes);
      await files.putText(sha256, text.text);
      attached = { sha256, name: file.split('/').pop() ?? file, bytes: bytes.byteLength, pages: text.pages, hasText: text.hasText };
    }
    documents.push({ ...doc, file: attached, status: 'active', createdAt: stamp, updatedAt: stamp });
  }
  const services = sample.services.map((s) => ({ ...s, status: 'active' as const, createdAt: stamp, updatedAt: stamp }));
  const sampleIds = { documents: documents.map((d) => d.id), services: services.map((s) => s.id) };
  return { version: 1, sample: true, documents, services, sampleIds };
}
