export interface ChangeLabels {
  /** e.g. "เทียบช่วงก่อนหน้า" */
  against: string;
  up: (pct: string) => string;
  down: (pct: string) => string;
  same: string;
  none: string;
}

/**
 * ▲ / ▼ and the percentage change of a figure against an earlier period, as the report's rule
 * computed it (`fraction`, contract/reportFigures.ts); null, nothing to compare, shows a dash.
 */
export function ChangeIndicator({ fraction, labels, formatPercent }: {
  fraction: number | null; labels: ChangeLabels; formatPercent: (fraction: number) => string;
}) {
  if (fraction === null) {
    return <span className="change none"><span aria-hidden="true">–</span><span className="visually-hidden">{labels.none}</span> <span className="against">{labels.against}</span></span>;
  }
  const pct = formatPercent(Math.abs(fraction));
  const [arrow, text, kind] = fraction > 0 ? ['▲', labels.up(pct), 'up'] : fraction < 0 ? ['▼', labels.down(pct), 'down'] : ['＝', labels.same, 'same'];
  return (
    <span className={`change ${kind}`}>
      <span aria-hidden="true">{arrow} {fraction === 0 ? '0%' : pct}</span>
      <span className="visually-hidden">{text}</span> <span className="against">{labels.against}</span>
    </span>
  );
}
