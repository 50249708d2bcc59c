import type { catalogueMethods } from '../../contract/catalogue';
import type { catalogueStaffMethods } from '../../contract/catalogue-staff';
import type { HandlersFor } from '../../contract/handler';
import type { Clock } from '../runtime';
import type { SettingsService } from '../settings/settings';
import type { Catalogue } from './catalogue';
import { completeness, procurementMonthGrid } from './completeness';
import { createEditing } from './editing';
import { exportCatalogue } from './export/exportCatalogue';
import { createImporter } from './import/importer';
import { base64Bytes, decodeBase64InSlices, importSizeProblem } from './import/importLimits';

export const catalogueHandlers = (catalogue: Catalogue, settings: SettingsService) =>
  ({
    'catalogue.overview': () => catalogue.overview(),
    'catalogue.list': (input) => catalogue.list(input),
    'catalogue.get': (input) => catalogue.get(input.id, settings.get().kiosk.qrBaseUrl),
    'standards.list': () => catalogue.listServices(),
    'standards.get': (input) => catalogue.getService(input.id),
  }) satisfies HandlersFor<keyof typeof catalogueMethods>;

/** An upload's bytes, refused by its size before the base64 is decoded (a 200 MB table is not read at all). */
async function uploaded(input: { fileName: string; base64: string }): Promise<Buffer> {
  const tooBig = importSizeProblem(input.fileName, base64Bytes(input.base64));
  if (tooBig) throw tooBig;
  return decodeBase64InSlices(input.base64);
}

/** Staff upkeep: editing, import, export, completeness. Each change is recorded for the audit trail. */
export const catalogueStaffHandlers = (catalogue: Catalogue, clock: Clock, settings: Pick<SettingsService, 'get'>) => {
  /** The agency's days after a month's end by which its สขร.๑ is due (read at each call: a change applies at once). */
  const dueDays = () => settings.get().agency.procurementSummaryDueDays;
  const editing = createEditing(catalogue, clock);
  const importer = createImporter(catalogue, clock);
  return {
    'documents.list': (input) => editing.listDocuments(input),
    'documents.get': (input) => editing.getDocument(input.id),
    'documents.save': (input, context) => editing.saveDocument(input, context.recordChange),
    'documents.retire': (input, context) => editing.retireDocument(input.id, context.recordChange, input.note),
    'documents.restore': (input, context) => editing.restoreDocument(input.id, context.recordChange),
    'documents.delete': (input, context) => editing.deleteDocument(input.id, input.reason, context.recordChange),
    'standards.all': () => editing.allServices(),
    'standards.save': (input, context) => editing.saveService(input, context.recordChange),
    'standards.retire': (input, context) => editing.retireService(input.id, context.recordChange),
    'standards.restore': (input, context) => editing.restoreService(input.id, context.recordChange),
    'catalogue.clearSample': (_input, context) => editing.clearSample(context.recordChange),
    'import.preview': async (input) => importer.preview(input.fileName, await uploaded(input)),
    // `bundled` (the trail names the table inside the zip) is the admin CLI's word only: it made that zip to carry the table and its PDFs.
    'import.apply': async (input, context) => importer.apply(input.fileName, await uploaded(input), context.recordChange, input.bundled === true && context.transport === 'cli'),
    'catalogue.export': async (input) => {
      const { fileName, mimeType, base64 } = await exportCatalogue(catalogue, input.format, clock.now());
      return { fileName, mimeType, base64 };
    },
    'catalogue.completeness': async () => ({ ...completeness(catalogue.snapshot().documents, clock.now(), dueDays()), missingFiles: await catalogue.missingFiles() }),
    'catalogue.procurementMonths': (input) => procurementMonthGrid(catalogue.snapshot().documents, input.fiscalYearBe, clock.now(), dueDays()),
  } satisfies HandlersFor<keyof typeof catalogueStaffMethods>;
};
