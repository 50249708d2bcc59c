import { exportFormats, type ExportFile } from '../contract/catalogue-staff';
import { cliCaller, type CliCommand } from './command';
import { writeOutputFile } from './outputFile';

/** `export --format xlsx|csv|json|zip --out FILE`: the whole catalogue, active and retired. */
export const exportCommand: CliCommand = {
  readsOnly: () => true,
  summary: 'export the catalogue: --format xlsx|csv|json|zip --out FILE',
  options: { format: { type: 'string' }, out: { type: 'string' } },
  async run({ kiosk, values, print }) {
    const format = String(values.format ?? '');
    if (!(exportFormats as readonly string[]).includes(format) || typeof values.out !== 'string') {
      process.stderr.write('export needs --format xlsx|csv|json|zip and --out FILE\n');
      return 2;
    }
    const result = await kiosk.dispatch('catalogue.export', { format }, cliCaller);
    if (!result.ok) { print(`${result.error.messageTh} (${result.error.message})`); return 1; }
    const file = result.value as ExportFile;
    const bytes = Buffer.from(file.base64, 'base64');
    await writeOutputFile(values.out, bytes);
    print(`Wrote ${values.out} (${bytes.byteLength.toLocaleString('en')} bytes, ${file.mimeType})`);
    return 0;
  },
};
