/**
 * The benchmark's generated Thai corpus and queries. Deterministic (seeded), so every run and every
 * profiling script measures the same documents and the same 300 queries.
 */
import { readFileSync } from 'node:fs';
import { normalizeText, segmentWords, type SearchableItem } from '../../electron/services/search/index';

export interface BenchQuery { kind: string; q: string }

let seed = 42;
const random = () => { // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
const thaiDigits = (n: number) => String(n).replace(/\d/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)] ?? d);

// Real Thai words: every word of the evaluation corpus plus domain words, drawn with a Zipf
// distribution (a few words everywhere, most words in few documents), as in real text.
const evalCorpus = JSON.parse(readFileSync(new URL('../fixtures/search-eval/corpus.json', import.meta.url), 'utf8')) as Array<Record<string, string>>;
const domainWords = `ผู้ประกันตน นายจ้าง ลูกจ้าง สำนักงาน ประกันสังคม จังหวัด กองทุน เงินสมทบ ประโยชน์ทดแทน ว่างงาน คลอดบุตร ชราภาพ
ทุพพลภาพ เสียชีวิต เจ็บป่วย สงเคราะห์บุตร สถานพยาบาล โรงพยาบาล ทันตกรรม บำนาญ บำเหน็จ ขอนแก่น อุดรธานี นครราชสีมา เชียงใหม่
ภูเก็ต สงขลา ชลบุรี ระยอง อยุธยา สุราษฎร์ธานี พิษณุโลก อุบลราชธานี นครสวรรค์ ลำปาง มรณบัตร สูติบัตร ทะเบียนบ้าน`.split(/\s+/);
const words = [...new Set([...domainWords, ...evalCorpus.flatMap((d) => segmentWords(normalizeText(`${d.title_th} ${d.summary_th} ${d.body}`)))])]
  .filter((w) => /^[\u0E01-\u0E4E]{2,}$/.test(w));
const cumulative: number[] = [];
words.reduce((sum, _, rank) => { cumulative.push(sum + 1 / (rank + 1)); return sum + 1 / (rank + 1); }, 0);
const zipfWord = () => {
  const target = random() * (cumulative[cumulative.length - 1] as number);
  let lo = 0, hi = cumulative.length - 1;
  while (lo < hi) { const mid = (lo + hi) >> 1; if ((cumulative[mid] as number) < target) lo = mid + 1; else hi = mid; }
  return words[lo] as string;
};
const months = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'];
const titleHeads = ['คู่มือการขอรับ', 'ประกาศ เรื่อง', 'สรุปผลการจัดซื้อจัดจ้าง', 'มติคณะกรรมการ เรื่อง', 'แผนการจัดซื้อจัดจ้าง', 'รายงานผลการดำเนินงาน', 'ราคากลาง งาน', 'ระเบียบ ว่าด้วย'];

/** A clause of 2–5 words run together, as Thai is written; clauses are separated by spaces. */
export const clause = () => Array.from({ length: 2 + Math.floor(random() * 4) }, zipfWord).join('') + (random() < 0.3 ? ` ${thaiDigits(Math.floor(random() * 5000))}` : '');
/** 300–2,000 characters, as issue 17 sets for the import and start-up targets. */
function body(): string {
  const target = 300 + Math.floor(random() * 1700);
  let text = '';
  while (text.length < target) text += `${clause()} `;
  return text.slice(0, target);
}

/** Restarts the random sequence: the same size always gives the same corpus and queries. */
export function reseed(size: number): void { seed = 42 + size; }

export function makeCorpus(size: number): SearchableItem[] {
  return Array.from({ length: size }, (_, i) => {
    const be = 2560 + Math.floor(random() * 9);
    const month = Math.floor(random() * 12);
    const title = `${pick(titleHeads)}${zipfWord()}${zipfWord()} ${zipfWord()} เดือน${months[month]} พ.ศ. ${thaiDigits(be)}`;
    return {
      kind: 'document', id: `doc-${i}`, title: { th: title }, keywords: [zipfWord(), zipfWord()],
      categoryNames: ['จัดซื้อจัดจ้าง', 'Procurement'], category: 'proc-result', group: 'procurement',
      summary: `${clause()} ${clause()} ${clause()}`, unit: 'ฝ่ายบริหารงานทั่วไป', body: body(),
      published: `${be - 543}-${String(month + 1).padStart(2, '0')}-15`,
    } satisfies SearchableItem;
  });
}

/** Exact words from a title, the same cut mid-word (being typed), and with a one-letter typo. */
export function makeQueries(corpus: readonly SearchableItem[], count: number): BenchQuery[] {
  if (corpus.length === 0) throw new Error('empty corpus');
  const queries: BenchQuery[] = [];
  for (let i = 0; i < count; i++) {
    const title = pick(corpus).title.th.split(' ');
    const w1 = pick(words.filter((w) => title.some((t) => t.includes(w))).concat(words.slice(0, 1))), w2 = pick(words);
    const kind = ['exact', 'prefix', 'typo'][i % 3] as string;
    if (kind === 'exact') queries.push({ kind, q: random() < 0.5 ? w1 : `${w1} ${w2}` });
    else if (kind === 'prefix') queries.push({ kind, q: `${w1} ${w2.slice(0, Math.max(2, Math.ceil(w2.length * 0.6)))}` });
    else {
      const at = Math.floor(random() * w1.length);
      const typo = random() < 0.5 ? w1.slice(0, at) + w1.slice(at + 1) : w1.slice(0, at) + pick(['า', 'น', 'ก', 'ร', '่']) + w1.slice(at + 1);
      queries.push({ kind, q: typo });
    }
  }
  return queries;
}

/** A random document of the corpus, for the upsert timing. */
export const pickDocument = (corpus: readonly SearchableItem[]): SearchableItem => pick(corpus);
