/**
 * Turns query tokens into groups of alternative index terms. Each group is one thing the user
 * asked for; a document matching every group is a strong hit. Segmentation of a half-typed or
 * misspelt word yields fragments, so fragments are rejoined and looked up as a whole.
 */
import type { AnalyzedToken } from './analysis';
import type { DocumentIndex } from './documentIndex';
import { typoBudget } from './vocabulary';

export interface Expansion { term: string; weight: number; weak: boolean }
export interface TermGroup {
  expansions: Expansion[];
  /** The word shown for this group in a "did you mean". */
  display: string;
  /**
   * What to highlight, when not every expansion: the typed start of a word being completed covers
   * all its completions, and looking for 30 completions in every snippet would cost more than the query.
   */
  marks?: readonly string[];
}

const PREFIX_WEIGHT = 0.6;
const TYPO_WEIGHT = 0.5;
const MAX_JOIN = 4;
const PREFIX_LIMIT = 30;

const joinTerms = (tokens: readonly AnalyzedToken[], from: number, to: number) =>
  tokens.slice(from, to).map((t) => t.term).join('');

const exactGroup = (term: string, aliases: readonly string[] = [], weak = false, weight = 1): TermGroup => ({
  expansions: [term, ...aliases].map((t) => ({ term: t, weight, weak })),
  display: term,
});

const prefixGroup = (typed: string, terms: readonly string[]): TermGroup => ({
  expansions: terms.map((t) => ({ term: t, weight: PREFIX_WEIGHT, weak: false })),
  display: terms[0] ?? '',
  marks: [typed],
});

/** Exact words, rejoined fragments, and prefix completion of the last (still being typed) word. */
export function planExact(tokens: readonly AnalyzedToken[], index: DocumentIndex): TermGroup[] {
  const known = (t: AnalyzedToken) => index.words.has(t.term) || t.aliases.some((a) => index.words.has(a));
  const groups: TermGroup[] = [];
  let end = tokens.length;
  const tailGroups: TermGroup[] = [];
  const last = tokens[end - 1];
  if (last && !known(last)) {
    for (let k = Math.min(3, end); k >= 1; k--) {
      const typed = joinTerms(tokens, end - k, end);
      if (typed.length < 2) continue;
      const words = index.words.withPrefix(typed, PREFIX_LIMIT);
      if (words.length > 0) { tailGroups.push(prefixGroup(typed, words)); end -= k; break; }
      const phrase = index.phrases.withPrefix(typed, 1)[0];
      const parts = phrase ? index.phrases.get(phrase) : undefined;
      if (parts) { for (const part of parts) tailGroups.push(exactGroup(part)); end -= k; break; }
    }
  }
  for (let i = 0; i < end;) {
    let joined = false;
    for (let j = Math.min(end, i + MAX_JOIN); j >= i + 2 && !joined; j--) {
      const word = joinTerms(tokens, i, j);
      if (index.words.has(word)) { groups.push(exactGroup(word)); i = j; joined = true; }
    }
    if (joined) continue;
    const token = tokens[i] as AnalyzedToken;
    if (known(token)) {
      const group = exactGroup(token.term, token.aliases);
      // The last word may be complete yet still being typed ("ประกัน" on the way to "ประกันตน").
      if (i === tokens.length - 1 && token.term.length >= 2) {
        for (const w of index.words.withPrefix(token.term, PREFIX_LIMIT)) {
          if (w !== token.term) group.expansions.push({ term: w, weight: PREFIX_WEIGHT * 0.8, weak: false });
        }
        group.marks = [token.term, ...token.aliases];
      }
      groups.push(group);
    } else if (!token.stop) {
      groups.push(exactGroup(token.term, token.aliases)); // matches nothing: costs the documents coverage
    }
    i++;
  }
  return [...groups, ...tailGroups];
}

/**
 * The typo path, tried only when the exact plan finds nothing strong. A misspelt word is segmented
 * into fragments, so spans of up to three fragments are compared with the vocabulary and the title
 * phrases; the cheapest cover of the whole query wins (edits cost, short known fragments cost a
 * little, unknown fragments a lot). Everything it finds through an edit is weak.
 */
export function planRepair(tokens: readonly AnalyzedToken[], index: DocumentIndex): { groups: TermGroup[]; changed: boolean } {
  const n = Math.min(tokens.length, 12);
  interface Step { cost: number; from: number; groups: TermGroup[]; edited: boolean }
  const best: Array<Step | undefined> = [{ cost: 0, from: -1, groups: [], edited: false }];
  const offer = (to: number, step: Step) => { const had = best[to]; if (!had || step.cost < had.cost) best[to] = step; };
  for (let i = 0; i < n; i++) {
    const here = best[i];
    if (!here) continue;
    const token = tokens[i] as AnalyzedToken;
    const known = index.words.has(token.term) || token.aliases.some((a) => index.words.has(a));
    if (known) offer(i + 1, { cost: here.cost + (token.term.length <= 3 ? 0.8 : 0.3), from: i, groups: [exactGroup(token.term, token.aliases)], edited: false });
    else if (token.stop) offer(i + 1, { cost: here.cost + 0.5, from: i, groups: [], edited: false });
    else offer(i + 1, { cost: here.cost + 3, from: i, groups: [exactGroup(token.term, token.aliases)], edited: false });
    for (let j = i + 1; j <= Math.min(n, i + 3); j++) {
      const span = joinTerms(tokens, i, j);
      if (j > i + 1 && index.words.has(span)) { offer(j, { cost: here.cost + 0.2, from: i, groups: [exactGroup(span)], edited: false }); continue; }
      const parts = j > i + 1 ? index.phrases.get(span) : undefined;
      if (parts) { offer(j, { cost: here.cost + 0.2, from: i, groups: parts.map((p) => exactGroup(p)), edited: false }); continue; }
      const budget = typoBudget(span);
      if (budget === 0) continue;
      const word = index.words.near(span, budget, 1)[0];
      const phrase = index.phrases.near(span, budget, 1)[0];
      if (word && (!phrase || word.distance <= phrase.distance)) {
        offer(j, { cost: here.cost + word.distance + 0.1, from: i, groups: [{ ...exactGroup(word.key, [], true, TYPO_WEIGHT), display: word.key }], edited: true });
      } else if (phrase) {
        const phraseParts = index.phrases.get(phrase.key) ?? [];
        offer(j, { cost: here.cost + phrase.distance + 0.1, from: i, groups: phraseParts.map((p) => exactGroup(p, [], true, TYPO_WEIGHT)), edited: true });
      }
    }
  }
  const steps: Step[] = [];
  for (let at = n; at > 0;) {
    const step = best[at] as Step;
    steps.unshift(step);
    at = step.from;
  }
  return { groups: steps.flatMap((s) => s.groups), changed: steps.some((s) => s.edited) };
}
