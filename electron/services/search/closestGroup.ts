/**
 * The category group nearest to a query, offered when nothing matches strongly: first by where the
 * (weak) hits lie, else by the words of the groups' own names and descriptions.
 */
import { categoryGroups, type GroupCode } from '../../contract/categories';
import { analyzeText } from './analysis';

const groupWords: ReadonlyArray<{ code: GroupCode; words: ReadonlySet<string> }> = categoryGroups.map((g) => ({
  code: g.code,
  words: new Set(analyzeText([g.name.th, g.name.en, g.description.th, g.description.en].join(' '))),
}));

export function groupFromHits(hits: ReadonlyArray<{ group?: GroupCode; score: number }>): GroupCode | undefined {
  const weight = new Map<GroupCode, number>();
  for (const h of hits) if (h.group) weight.set(h.group, (weight.get(h.group) ?? 0) + h.score);
  return [...weight].sort((a, b) => b[1] - a[1])[0]?.[0];
}

export function groupFromWords(queryTerms: readonly string[]): GroupCode | undefined {
  let best: { code: GroupCode; overlap: number } | undefined;
  for (const { code, words } of groupWords) {
    const overlap = queryTerms.filter((t) => words.has(t) || [...words].some((w) => w.length >= 3 && t.length >= 3 && (w.startsWith(t) || t.startsWith(w)))).length;
    if (overlap > 0 && (!best || overlap > best.overlap)) best = { code, overlap };
  }
  return best?.code;
}
