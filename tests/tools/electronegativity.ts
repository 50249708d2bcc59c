import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentSecurityPolicy } from '../../electron/window/csp';

/**
 * `npm run lint:electron`: Electronegativity over electron/, compared with the accepted findings
 * (electronegativity-accepted.json, each with its reason). The tool exits 0 even with HIGH
 * findings, so its report is read here; this exits 1 on any finding not explained, and on any
 * explanation that no longer matches a finding. It also evaluates our CSP itself (see the list).
 */
interface Finding { issue: string; level: string; file: string; location: string; message: string }
interface Accepted { issue: string; file: string; reason: string }
interface SarifResult {
  ruleId: string; level: string; message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[];
}

const root = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);

/**
 * Electronegativity's findings, read from its SARIF report. Not its CSV: the tool writes the CSV
 * header and the rows with two concurrent fs.writeFile calls (truncate, then append), so on a busy
 * machine the header lands over the first row and the file is torn (seen in CI). SARIF is one write;
 * the tool picks the format from the `.sarif` extension. SARIF carries a level, not the CSV's
 * severity and confidence: the accepted list compares rule, level, file, place and message.
 */
function runElectronegativity(): Finding[] {
  const dir = mkdtempSync(join(tmpdir(), 'electronegativity-'));
  const report = join(dir, 'findings.sarif');
  try {
    // -e: it cannot fetch Electron's release list offline; -r: paths relative to electron/.
    execFileSync(join(root, 'node_modules', '.bin', 'electronegativity'), ['-i', join(root, 'electron'), '-o', report, '-e', '45.0.0', '-r', '-v', 'false'], { stdio: 'pipe', cwd: root });
    const sarif = JSON.parse(readFileSync(report, 'utf8')) as { runs: { results: SarifResult[] }[] };
    return sarif.runs.flatMap((run) => run.results).map((r) => {
      const where = r.locations[0]?.physicalLocation;
      const uri = where?.artifactLocation.uri ?? 'file:///';
      return {
        issue: r.ruleId,
        level: r.level,
        // The tool writes "file:///" for an application-wide finding; the accepted list calls it N/A.
        file: uri === 'file:///' ? 'N/A' : uri,
        location: where ? `${where.region.startLine}:${where.region.startColumn}` : '0:0',
        message: r.message.text,
      };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Our CSP through Google's CSP evaluator (the one Electronegativity embeds): HIGH, MEDIUM and syntax findings fail. */
function cspProblems(): string[] {
  const csp = require('@doyensec/csp-evaluator') as {
    CspParser: new (policy: string) => { csp: unknown };
    CspEvaluator: new (parsed: unknown, version: unknown) => { evaluate(): { severity: number; description: string; directive: string }[] };
    Version: { CSP3: unknown };
    severities: Record<string, number>;
  };
  const bad = new Set([csp.severities.HIGH, csp.severities.SYNTAX, csp.severities.MEDIUM]);
  return new csp.CspEvaluator(new csp.CspParser(contentSecurityPolicy).csp, csp.Version.CSP3).evaluate()
    .filter((f) => bad.has(f.severity))
    .map((f) => `CSP ${f.directive}: ${f.description}`);
}

const accepted = (JSON.parse(readFileSync(join(import.meta.dirname, 'electronegativity-accepted.json'), 'utf8')) as { accepted: Accepted[] }).accepted;
const findings = runElectronegativity();
const matches = (a: Accepted, f: Finding) => a.issue === f.issue && a.file === f.file;
const unexplained = findings.filter((f) => !accepted.some((a) => matches(a, f)));
const stale = accepted.filter((a) => !findings.some((f) => matches(a, f)));
const csp = cspProblems();

for (const f of findings) {
  const a = accepted.find((x) => matches(x, f));
  console.log(`${a ? 'accepted ' : 'FINDING  '} ${f.issue} ${f.level} ${f.file}:${f.location} ${f.message}`);
}
for (const a of stale) console.log(`STALE     ${a.issue} ${a.file}: accepted but no longer found; remove it from electronegativity-accepted.json`);
for (const p of csp) console.log(`FINDING   ${p}`);
const failures = unexplained.length + stale.length + csp.length;
console.log(failures === 0
  ? `electronegativity: ${findings.length} finding(s), all explained; CSP evaluated clean`
  : `electronegativity: ${failures} problem(s); fix them, or explain a finding that truly does not apply in tests/tools/electronegativity-accepted.json`);
process.exit(failures === 0 ? 0 : 1);
