import type { GroupCode } from '../../../electron/contract/categories';
import { currentVisit, onVisitEnding, recordEvent } from '../shell/visit';

/**
 * One recorded search per thing a citizen searched for, not per keystroke and not per pause: the
 * search screen keeps the query being typed as *pending* and records it when the citizen is done
 * with it. The monthly report's searches and "no result" queries are counted from these events.
 *
 * - Typing on (the query grows) replaces the pending query: `ช`, `ชร`, `ชรา` is one search, `ชรา`.
 * - Backspacing keeps the longer query pending: a word erased key by key leaves no `ช` behind.
 * - Typing something else after backspacing (the field not emptied) records the pending query first
 *   only when the screen had shown results for it, found as typed, and more than a slip was taken
 *   back: more than its last two keys (a vowel and its tone mark are two), or a whole word. Results
 *   read are what tell a search from a typo, which finds nothing or only through the screen's
 *   correction: `ชราภาพ` read, cut to `ช`, then `ชดเชย` is two searches; a typo put right (`ชรส`,
 *   `ชร`, `ชรา`), even one noticed a few keys late, counts once, as what it became. A query that
 *   found nothing is taken for a typo: the "no result" list had rather miss one than hold misspellings.
 * - A query typed after the field was emptied (backspace or "ล้างคำค้น") is another search: the
 *   pending one is recorded first.
 * - Done: the keyboard's search key, turning to the results (a touch, a scroll, hiding the
 *   keyboard, a filter, a result tapped) record what is in the field now; leaving the screen and
 *   the visit's end (idle reset, "จบการใช้งาน") record the pending query, before the visit ends.
 *
 * Never an empty query, never the same query twice in a row (coming back to the results from a
 * document is the same search). Module state, not the screen's: the screen unmounts when a result
 * opens and when the visit resets, and this must outlive it.
 */
export interface SearchTyped { text: string; group?: GroupCode; year?: number }
/** `corrected`: nothing was found as typed, and the screen showed what a correction found. */
interface Answered extends SearchTyped { found: number; partial: boolean; corrected?: boolean }
/** `answer` kept with it: a long query erased key by key brings more answers than `answers` keeps. */
interface Pending extends SearchTyped { visitId: string; answer?: Answered }

let pending: Pending | undefined;
/** What the field holds now (trimmed), with the filters in force. */
let shown: SearchTyped = { text: '' };
/** The field was emptied since the pending query was typed: what comes next is another search. */
let emptied = false;
/** The last search recorded, with its visit (`visitId|text`). */
let lastRecorded = '';
/** The screen's latest answers (a few), for the count the event carries. */
let answers: Answered[] = [];

const sameFilters = (a: SearchTyped, b: SearchTyped) => a.group === b.group && a.year === b.year;
const recordedText = (visitId: string) => (lastRecorded.startsWith(`${visitId}|`) ? lastRecorded.slice(visitId.length + 1) : undefined);

/** Keys a slip put right takes back: the last letter, or a vowel and its tone mark. */
const SLIP_KEYS = 2;

/** The field, not emptied, has left `left` for `typed` (neither is the start of the other): was `left` a search of its own? */
function searchedElse(left: Pending, typed: string) {
  const { answer } = left;
  if (!answer || answer.found === 0 || answer.corrected) return false;
  let kept = 0;
  while (kept < typed.length && left.text[kept] === typed[kept]) kept++;
  const cut = left.text.slice(kept);
  return cut.length > SLIP_KEYS || cut.includes(' ') || kept === 0 || left.text[kept - 1] === ' ';
}

function record(search: SearchTyped & { visitId: string; answer?: Answered }) {
  // Only into the visit it was typed in: after the visit's end a late record would open a visit nobody made.
  if (!search.text || currentVisit() !== search.visitId) return;
  const key = `${search.visitId}|${search.text}`;
  if (lastRecorded === key) return;
  lastRecorded = key;
  const answer = search.answer ?? answers.find((a) => a.text === search.text && sameFilters(a, search));
  // The server counts what it finds itself (stats/recorder.ts); this is the screen's own figure.
  // "No result" is derived by the recorder from resultCount 0, never from a partial answer.
  recordEvent({
    type: 'search', query: search.text, resultCount: answer?.found ?? 0, group: search.group, year: search.year,
    ...(answer?.partial ? { partial: true as const } : {}),
  });
}

export const pendingSearch = {
  /** The field or the filters changed. */
  typed(typed: SearchTyped) {
    const visitId = currentVisit();
    if (pending && pending.visitId !== visitId) pending = undefined;
    shown = typed;
    if (!visitId) return; // no visitor touched anything (the reset is remounting the screens)
    // Emptied after a search was recorded too (search key, then "ล้างคำค้น"): what is typed next is
    // another search even when it is the start of that one.
    if (!typed.text) { if (pending || recordedText(visitId) !== undefined) emptied = true; return; }
    const base = pending?.text ?? recordedText(visitId);
    if (base !== undefined && !emptied) {
      if (typed.text === base) { if (pending) pending = { ...typed, visitId }; return; } // a filter changed, or back from a document
      if (base.startsWith(typed.text)) return; // backspaced: the longer query stays pending
    }
    if (pending && !typed.text.startsWith(pending.text) && (emptied || searchedElse(pending, typed.text))) record(pending);
    pending = { ...typed, visitId };
    emptied = false;
  },

  /** The screen's answer to a query: its count goes with the event. */
  answered(answer: Answered) {
    answers = [answer, ...answers.filter((a) => !(a.text === answer.text && sameFilters(a, answer)))].slice(0, 8);
    if (pending && pending.text === answer.text && sameFilters(pending, answer)) pending = { ...pending, answer };
  },

  /** The citizen is done typing (search key, a touch on the results): what the field holds counts now. */
  submit() {
    const visitId = currentVisit();
    if (!visitId || !shown.text) return;
    pending = undefined;
    emptied = false;
    record({ ...shown, visitId });
  },

  /** The search screen closes: the pending query counts. */
  leave() {
    const left = pending;
    pending = undefined;
    emptied = false;
    shown = { text: '' };
    if (left) record(left);
  },
};

// The visit's end is flushed before its end event is sent (shell/visit.ts waits for it to be written).
onVisitEnding(() => { pendingSearch.leave(); answers = []; });
