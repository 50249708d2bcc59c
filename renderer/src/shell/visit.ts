import type { Language, VisitEvent } from '../../../electron/contract/stats';
import { call } from './client';

/**
 * The current visit, for the anonymous usage statistics: it starts at the first touch after
 * the attract screen and ends at the idle reset or the survey. Recording never gets in the
 * visitor's way: calls are fire-and-forget and failures are ignored.
 */
let visitId: string | undefined;
let language: Language = 'th';

/**
 * Calls of the visit not yet answered. Its end waits for them (a while at most), so what was
 * recorded before the end is written before it: a search is counted by searching it again, which
 * takes longer than writing the end.
 */
const inFlight = new Set<Promise<unknown>>();
const END_WAITS_MS = 5000;

const quietly = (promise: Promise<unknown>) => {
  const settled = promise.catch(() => {});
  inFlight.add(settled);
  void settled.then(() => inFlight.delete(settled));
};

export function ensureVisit(): string {
  if (!visitId) {
    visitId = crypto.randomUUID();
    quietly(call('stats.visitStart', { visitId, language }));
  }
  return visitId;
}

export function recordEvent(event: VisitEvent) {
  const id = ensureVisit();
  quietly(call('stats.record', { visitId: id, event }));
}

export function setVisitLanguage(next: Language) {
  language = next;
  if (visitId) recordEvent({ type: 'languageChanged', language: next });
}

export const hasVisit = () => visitId !== undefined;
/** The visit under way, if any: for what must be recorded into the visit it happened in, or not at all. */
export const currentVisit = (): string | undefined => visitId;

/**
 * Screens that record something when they close (the document's reading time) flush it here
 * before the visit ends: the reset unmounts them only after the end, when a late event would
 * otherwise open a new visit nobody made and land in it.
 */
const beforeEnd = new Set<() => void>();
export function onVisitEnding(flush: () => void): () => void {
  beforeEnd.add(flush);
  return () => { beforeEnd.delete(flush); };
}

export function endVisit(reason: 'idle' | 'home' | 'survey') {
  if (!visitId) return;
  for (const flush of [...beforeEnd]) flush();
  const ending = visitId;
  const recorded = Promise.race([Promise.all([...inFlight]), new Promise((resolve) => window.setTimeout(resolve, END_WAITS_MS))]);
  quietly(recorded.then(() => call('stats.visitEnd', { visitId: ending, reason })));
  visitId = undefined;
  language = 'th';
}

export function answerSurvey(answer: { visitorType?: 'insured' | 'employer' | 'public' | 'government' | 'other'; satisfaction?: number; skipped: boolean }) {
  if (!visitId) return;
  quietly(call('stats.survey', { visitId, ...answer }));
}
