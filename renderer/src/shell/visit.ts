import type { VisitEvent } from '../../../electron/contract/stats';
import { call } from './client';

/**
 * The current visit, for the anonymous usage statistics: it starts at the first touch after
 * the attract screen and ends at the idle reset or the survey. Recording never gets in the
 * visitor's way: calls are fire-and-forget and failures are ignored.
 */
let visitId: string | undefined;
let language = 'th';

const quietly = (promise: Promise<unknown>) => { promise.catch(() => {}); };

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

export function setVisitLanguage(next: string) {
  language = next;
  if (visitId) recordEvent({ type: 'languageChanged', language: next });
}

export const hasVisit = () => visitId !== undefined;

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
  quietly(call('stats.visitEnd', { visitId, reason }));
  visitId = undefined;
  language = 'th';
}

export function answerSurvey(answer: { visitorType?: 'insured' | 'employer' | 'public' | 'government' | 'other'; satisfaction?: number; skipped: boolean }) {
  if (!visitId) return;
  quietly(call('stats.survey', { visitId, ...answer }));
}
