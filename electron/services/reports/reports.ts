import { categoryByCode, type CategoryCode } from '../../contract/categories';
import type { Settings } from '../../contract/settings';
import type { RegistersReport } from '../../contract/registers';
import { AUDIT_ANCHOR_HEX, type PeriodInput, type ReportFile, type ReportFormat, type ReportModel, type ReportParts } from '../../contract/reports';
import type { Clock } from '../runtime';
import type { StatsService } from '../stats/stats';
import { reportCsv } from './csv';
import { printablePage, reportParts } from './html';
import { bangkokMonthOf } from '../../contract/thaiCalendar';
import { lastYearPeriod, previousPeriod, resolvePeriod } from './period';
import { buildReportModel } from './reportModel';
import { sarabunFontCss } from './sarabunFont';
import { signatoriesOf } from './signatories';
import { reportXlsx } from './xlsx';

const mimeTypes: Record<ReportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
  html: 'text/html; charset=utf-8',
};

/** Who asked for the printable report: their name goes in the preparer's brackets. */
export interface Signing { preparedBy?: string }

/** The executives' reports: one model, made from the stats roll-ups, rendered into each format. */
export function createReports(deps: {
  stats: Pick<StatsService, 'figures'>;
  settings: () => Settings;
  /** The catalogue's documents now: Thai title and category by id (one lookup table per report). */
  documents: () => readonly { id: string; title: { th: string }; category: CategoryCode }[];
  clock: Clock;
  /** The registers' figures for the days from..to, when the folder has registers. */
  registers?: (from: string, to: string) => RegistersReport;
  /** The audit trail's last entry, printed as the report's anchor (a kiosk's own reports; not the fleet's). */
  auditHead?: () => { seq: number; hash: string };
}) {
  /** `input` absent: the current month, by the service's clock in Bangkok. */
  async function build(input: PeriodInput | undefined): Promise<ReportModel> {
    // A document no longer in the catalogue has neither title nor group: the report says so.
    const byId = new Map(deps.documents().map((d) => [d.id, d]));
    const groupOf = (id: string) => {
      const category = byId.get(id)?.category;
      return category ? categoryByCode[category].group : undefined;
    };
    const period = resolvePeriod(input ?? { kind: 'month', month: bangkokMonthOf(deps.clock.now()) });
    const previous = previousPeriod(period);
    const lastYear = lastYearPeriod(period);
    const settings = deps.settings();
    const model = buildReportModel({
      period,
      figures: await deps.stats.figures(period.from, period.to),
      previous: { period: previous, figures: await deps.stats.figures(previous.from, previous.to) },
      lastYear: { period: lastYear, figures: await deps.stats.figures(lastYear.from, lastYear.to) },
      titleOf: (id) => byId.get(id)?.title.th,
      groupOf,
      agency: { name: settings.agency.name.th, centre: settings.centre.name.th },
      generatedAt: deps.clock.now(),
    });
    const head = deps.auditHead?.();
    return {
      ...model,
      ...(deps.registers ? { registers: deps.registers(period.from, period.to) } : {}),
      ...(head && head.seq > 0 ? { auditAnchor: { seq: head.seq, hash: head.hash.slice(0, AUDIT_ANCHOR_HEX) } } : {}),
    };
  }

  /** The model rendered in a format; the bytes are what a file of that name holds. */
  async function render(model: ReportModel, format: ReportFormat, signing: Signing = {}): Promise<Buffer> {
    switch (format) {
      case 'xlsx': return reportXlsx(model);
      case 'csv': return Buffer.from(reportCsv(model), 'utf8');
      case 'json': return Buffer.from(JSON.stringify(model, null, 2), 'utf8');
      case 'html': return Buffer.from(await html(model, signing), 'utf8');
    }
  }

  /** The printable report's parts, as the staff screen shows them (no font: the app has its own). */
  function parts(model: ReportModel, signing: Signing = {}): ReportParts {
    const settings = deps.settings();
    return reportParts(model, { agencyMark: settings.agency.shortName.th, signatories: signatoriesOf(settings, signing.preparedBy) });
  }

  /** The printable report as one page for the exports: only here is the font embedded. */
  async function html(model: ReportModel, signing: Signing = {}): Promise<string> {
    return printablePage(parts(model, signing), await sarabunFontCss());
  }

  return {
    build,
    render,
    html,
    async printable(input: PeriodInput | undefined, signing: Signing = {}): Promise<ReportParts> {
      return parts(await build(input), signing);
    },
    async export(input: PeriodInput | undefined, format: ReportFormat, signing: Signing = {}): Promise<ReportFile> {
      const model = await build(input);
      const bytes = await render(model, format, signing);
      return { fileName: `kiosk-report-${model.period.key}.${format}`, mimeType: mimeTypes[format], base64: bytes.toString('base64') };
    },
  };
}
export type Reports = ReturnType<typeof createReports>;
