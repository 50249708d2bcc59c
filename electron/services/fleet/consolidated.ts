import type { ConsolidatedReport } from '../../contract/fleet';
import type { Settings } from '../../contract/settings';
import type { PeriodInput, ReportFile, ReportFormat } from '../../contract/reports';
import type { CategoryCode } from '../../contract/categories';
import { resolvePeriod } from '../reports/period';
import { createReports, type Signing } from '../reports/reports';
import type { Clock } from '../runtime';
import { daysBetween } from '../../contract/thaiCalendar';
import { addDay, DayRollup, emptyDay } from '../stats/dayRollup';
import type { PeriodFigures } from '../stats/stats';
import type { CentreClient } from './centreClient';
import { catalogueDocId, centreDatabases } from './centreLayout';

interface RollupDoc { kiosk: string; office: string; day: string; figures: DayRollup }
type TitleDoc = { id: string; title: { th: string }; category: CategoryCode };

/**
 * The consolidated report: the single-kiosk report (same model, sections and exports) made from
 * the roll-ups the kiosks pushed. One view range query per period asked (the report asks for the
 * period, the one before and the same one last year), then summed in memory per office and in total.
 */
export function createConsolidatedReports(deps: { client: CentreClient; clock: Clock; settings: () => Settings; documents?: () => readonly TitleDoc[] }) {
  const ranges = new Map<string, Promise<RollupDoc[]>>();
  function rollups(from: string, to: string): Promise<RollupDoc[]> {
    const key = `${from}/${to}`;
    let found = ranges.get(key);
    if (!found) {
      const q = `startkey=${encodeURIComponent(JSON.stringify(from))}&endkey=${encodeURIComponent(JSON.stringify(to))}&include_docs=true`;
      found = deps.client.ok<{ rows: { doc: RollupDoc }[] }>('GET', `${centreDatabases.kiosks}/_design/fleet/_view/rollupsByDay?${q}`)
        .then((a) => a.body.rows.flatMap(({ doc }) => {
          // Parsed once here: a roll-up that does not parse is left out, never half-counted.
          const figures = DayRollup.safeParse(doc.figures);
          return figures.success ? [{ ...doc, figures: figures.data }] : [];
        }));
      ranges.set(key, found);
    }
    return found;
  }

  function figuresFor(office: string | undefined) {
    return {
      async figures(from: string, to: string): Promise<PeriodFigures> {
        const byDay = new Map<string, DayRollup>();
        for (const r of await rollups(from, to)) {
          if (office && r.office !== office) continue;
          const day = byDay.get(r.day) ?? byDay.set(r.day, emptyDay()).get(r.day)!;
          addDay(day, r.figures);
        }
        const total = emptyDay();
        const days = daysBetween(from, to).map((day) => {
          const figures = byDay.get(day) ?? emptyDay();
          addDay(total, figures);
          return { day, figures };
        });
        return { days, total, unreadableLines: 0, prunedDays: 0 };
      },
    };
  }

  /** Titles of the documents the roll-ups name: the local catalogue if there is one, else the central one. */
  async function titles(docs: RollupDoc[]): Promise<readonly TitleDoc[]> {
    if (deps.documents) return deps.documents();
    const ids = [...new Set(docs.flatMap((d) => Object.keys(d.figures.documents ?? {})))];
    if (ids.length === 0) return [];
    const answer = await deps.client.ok<{ rows: { doc?: { item?: TitleDoc } | null }[] }>('POST', `${centreDatabases.catalogue}/_all_docs?include_docs=true`, { keys: ids.map((id) => catalogueDocId('document', id)) });
    return answer.body.rows.flatMap((r) => (r.doc?.item ? [r.doc.item] : []));
  }

  async function reportsFor(input: PeriodInput, office: string | undefined) {
    const period = resolvePeriod(input);
    const docs = await titles(await rollups(period.from, period.to));
    const centreName = office ? `สำนักงาน ${office}` : 'รวมทุกสำนักงาน';
    return createReports({
      stats: figuresFor(office), clock: deps.clock, documents: () => docs,
      settings: () => { const s = deps.settings(); return { ...s, centre: { ...s.centre, name: { th: `${s.centre.name.th} (${centreName})`, en: s.centre.name.en } } }; },
    });
  }

  return {
    async build(input: PeriodInput): Promise<ConsolidatedReport> {
        const period = resolvePeriod(input);
      const docs = await rollups(period.from, period.to);
      const offices = new Map<string, Set<string>>();
      for (const d of docs) (offices.get(d.office) ?? offices.set(d.office, new Set()).get(d.office)!).add(d.kiosk);
      const total = await (await reportsFor(input, undefined)).build(input);
      const perOffice = [];
      for (const [office, kiosks] of [...offices].sort(([a], [b]) => a.localeCompare(b))) {
        perOffice.push({ office, kiosks: [...kiosks].sort(), model: await (await reportsFor(input, office)).build(input) });
      }
      return { total, offices: perOffice, rollups: docs.length };
    },

    async export(input: PeriodInput, format: ReportFormat, office?: string, signing: Signing = {}): Promise<ReportFile> {
      const file = await (await reportsFor(input, office)).export(input, format, signing);
      return { ...file, fileName: file.fileName.replace(/^kiosk-report-/, `fleet-report-${office ?? 'all'}-`) };
    },
  };
}
