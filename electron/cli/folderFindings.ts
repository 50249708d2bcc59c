import type { FolderProblem, FolderReport } from '../services/backup/dataCheck';

/** A finding as one line, Thai first (the house's "ไทย / English"), each half whole: `พบความเสียหาย: file: …` / `DAMAGE: file: …`. */
export function findingLine(kind: 'damage' | 'warning', f: FolderProblem): string {
  return kind === 'damage'
    ? `  พบความเสียหาย: ${f.file}: ${f.problemTh} / DAMAGE: ${f.file}: ${f.problem}`
    : `  คำเตือน: ${f.file}: ${f.problemTh} / warning: ${f.file}: ${f.problem}`;
}

/**
 * The report as `verify --json` prints it: the fields it always had, each text in English, for
 * scripts to match; the Thai of each finding is in the lines `verify` prints.
 */
export function folderReportJson(report: FolderReport): unknown {
  const english = ({ file, problem }: FolderProblem) => ({ file, problem });
  const bad = report.audit.firstBad;
  // Spread then overwritten: firstBad keeps its place among the audit's fields.
  const audit = { ...report.audit, ...(bad ? { firstBad: { line: bad.line, seq: bad.seq, reason: bad.reason } } : {}) };
  return { ...report, audit, problems: report.problems.map(english), warnings: report.warnings.map(english) };
}
