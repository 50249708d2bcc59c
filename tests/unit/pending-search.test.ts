/**
 * The search screen's recording rule on its own (renderer/src/kiosk/pendingSearch.ts): one
 * recorded search per thing a citizen searched for. The e2e spec citizen-search-counted drives the
 * same rule through the screen; here each case is a sequence of what the field held.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const visit = vi.hoisted(() => ({ id: undefined as string | undefined, events: [] as Array<{ query: string; resultCount: number }>, ending: [] as Array<() => void> }));
vi.mock('../../renderer/src/shell/visit', () => ({
  currentVisit: () => visit.id,
  recordEvent: (event: { query: string; resultCount: number }) => { visit.events.push(event); },
  onVisitEnding: (flush: () => void) => { visit.ending.push(flush); return () => undefined; },
}));
const { pendingSearch } = await import('../../renderer/src/kiosk/pendingSearch');

let visits = 0;
/** A new visit; the one before ends (its pending search is flushed, as shell/visit does). */
function newVisit() {
  endVisit();
  visit.id = `visit-${++visits}`;
  visit.events.length = 0;
}
function endVisit() { for (const flush of visit.ending) flush(); }
const type = (...texts: string[]) => { for (const text of texts) pendingSearch.typed({ text }); };
const recorded = () => visit.events.map((e) => e.query);

describe('what the search screen records', () => {
  beforeEach(newVisit);

  it('typing on is one search, as what it became', () => {
    type('ช', 'ชร', 'ชรา');
    pendingSearch.leave();
    expect(recorded()).toEqual(['ชรา']);
  });

  it('a typo put right with backspace is one search', () => {
    type('ช', 'ชร', 'ชรส', 'ชร', 'ชรา');
    pendingSearch.submit();
    expect(recorded()).toEqual(['ชรา']);
  });

  it('a word erased key by key, then another: two searches, no half-word', () => {
    type('บ', 'บำ', 'บำน', 'บำนา', 'บำนาญ', 'บำนา', 'บำน', 'บำ', 'บ', '', 'ช', 'ชร', 'ชรา');
    endVisit();
    expect(recorded()).toEqual(['บำนาญ', 'ชรา']);
  });

  it('a search typed after the field was cleared counts, also when it is the start of the one recorded', () => {
    type('ชราภาพ');
    pendingSearch.submit();
    type('', 'ช', 'ชร', 'ชรา');
    endVisit();
    expect(recorded()).toEqual(['ชราภาพ', 'ชรา']);
  });

  it('coming back to the same results (from a document) is not a second search', () => {
    type('บำนาญ');
    pendingSearch.submit();
    pendingSearch.leave();
    type('บำนาญ');
    pendingSearch.submit();
    endVisit();
    expect(recorded()).toEqual(['บำนาญ']);
  });

  it('carries the screen\'s own count of what it found', () => {
    type('ว่างงาน');
    pendingSearch.answered({ text: 'ว่างงาน', found: 6, partial: false });
    pendingSearch.submit();
    expect(visit.events).toMatchObject([{ query: 'ว่างงาน', resultCount: 6 }]);
  });

  it('records nothing empty, and nothing into a visit it was not typed in', () => {
    type('', ' '.trim());
    pendingSearch.submit();
    type('ประกัน');
    visit.id = 'someone-else'; // the visit changed under the screen (a reset without the flush)
    pendingSearch.leave();
    expect(recorded()).toEqual([]);
  });
});
