import { join, resolve } from 'node:path';
import type { PeriodInput, ReportFile, ReportModel } from '../contract/reports';
import { cliCaller, type CliCommand } from './command';
import { writeOutputFile } from './outputFile';
import { ChromiumMissing, printHtmlToPdf } from './reportPdf';
import { makePrivateFolder, PRIVATE_FILE } from '../services/store/privateFolder';

const formats = ['xlsx', 'csv', 'json', 'html', 'pdf'] as const;
type CliFormat = (typeof formats)[number];

function periodOf(values: Record<string, unknown>): PeriodInput | string {
  const { month, quarter, from, to } = values;
  const given = [month, quarter, from ?? to].filter((v) => v !== undefined).length;
  if (given !== 1) return 'give exactly one of --month YYYY-MM, --quarter YYYY-Qn (fiscal year) or --from D --to D';
  if (typeof month === 'string') return { kind: 'month', month };
  if (typeof quarter === 'string') return { kind: 'quarter', quarter };
  if (typeof from !== 'string' || typeof to !== 'string') return '--from and --to go together (yyyy-mm-dd, inclusive)';
  return { kind: 'range', from, to };
}

/**
 * `report --month 2026-11 | --quarter 2027-Q1 | --from D --to D --format xlsx|csv|json|html|pdf [--out FILE]`.
 * Without --out, json prints the model to stdout and the other formats are written to
 * `<data folder>/reports/<the name the report service proposes>` (never the current folder, which
 * in a checkout is the repository). The path written is printed. pdf is the html printed by Chromium.
 */
export const reportCommand: CliCommand = {
  readsOnly: () => true,
  summary: 'statistics report: --month YYYY-MM | --quarter YYYY-Qn (Thai fiscal: 2027-Q1 = Oct-Dec 2026) | --from D --to D --format xlsx|csv|json|html|pdf [--out FILE, else <data>/reports/]',
  options: {
    month: { type: 'string' }, quarter: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
    format: { type: 'string', default: 'json' }, out: { type: 'string' },
  },
  async run({ kiosk, values, print }) {
    const period = periodOf(values);
    if (typeof period === 'string') { process.stderr.write(`report: ${period}\n`); return 2; }
    const format = values.format as CliFormat;
    if (!formats.includes(format)) { process.stderr.write(`report: --format must be one of ${formats.join(', ')}\n`); return 2; }
    const out = typeof values.out === 'string' ? values.out : undefined;

    if (format === 'json' && !out) {
      const built = await kiosk.dispatch('reports.build', { period }, cliCaller);
      if (!built.ok) { process.stderr.write(`report: ${built.error.messageTh}\n${built.error.message}\n`); return 1; }
      print(JSON.stringify(built.value as ReportModel, null, 2));
      return 0;
    }
    // pdf: the printable HTML, printed by Chromium here (printing is the CLI's, not a service's).
    const exported = await kiosk.dispatch('reports.export', { period, format: format === 'pdf' ? 'html' : format }, cliCaller);
    if (!exported.ok) { process.stderr.write(`report: ${exported.error.messageTh}\n${exported.error.message}\n`); return 1; }
    const file = exported.value as ReportFile;
    let bytes: Buffer = Buffer.from(file.base64, 'base64');
    let fileName = file.fileName;
    if (format === 'pdf') {
      try {
        bytes = await printHtmlToPdf(bytes.toString('utf8'));
      } catch (error) {
        if (error instanceof ChromiumMissing) { process.stderr.write(`report: ${error.message}\n`); return 2; }
        throw error;
      }
      fileName = fileName.replace(/\.html$/, '.pdf');
    }
    const reportsDir = join(String(values.data), 'reports');
    const target = resolve(out ?? join(reportsDir, fileName));
    // Into the data folder: private like everything there. Elsewhere (--out) the umask decides:
    // a report holds aggregate, anonymous figures and is made to be handed on.
    if (!out) await makePrivateFolder(reportsDir);
    await writeOutputFile(target, bytes, out ? undefined : PRIVATE_FILE);
    print(`${target} (${bytes.length.toLocaleString('en-US')} bytes)`);
    return 0;
  },
};
