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

  // Cut back and retyped without emptying the field: the screen's answer tells a slip from another search.
  const found = (text: string, count: number, corrected = false) => pendingSearch.answered({ text, found: count, partial: false, corrected });

  it('a query that found something, cut back and retyped into another, is two searches', () => {
    type('ช', 'ชร', 'ชรา', 'ชราภ', 'ชราภา', 'ชราภาพ');
    found('ชราภาพ', 3);
    type('ชราภา', 'ชราภ', 'ชรา', 'ชร', 'ช', 'ชด', 'ชดเ', 'ชดเช', 'ชดเชย');
    endVisit();
    expect(recorded()).toEqual(['ชราภาพ', 'ชดเชย']);
  });

  it('the last word cut back and another typed after the first is two searches', () => {
    type('ประกัน', 'ประกัน ว่างงาน');
    found('ประกัน ว่างงาน', 2);
    type('ประกัน ว่างงา', 'ประกัน ว่าง', 'ประกัน ว', 'ประกัน', 'ประกัน ช', 'ประกัน ชรา', 'ประกัน ชราภาพ');
    pendingSearch.submit();
    expect(recorded()).toEqual(['ประกัน ว่างงาน', 'ประกัน ชราภาพ']);
  });

  it('a whole word erased is another search even when it was only two keys long', () => {
    type('ภาษี', 'ภาษี ร', 'ภาษี รถ');
    found('ภาษี รถ', 1);
    type('ภาษี ร', 'ภาษี', 'ภาษี บ', 'ภาษี บ้', 'ภาษี บ้า', 'ภาษี บ้าน');
    endVisit();
    expect(recorded()).toEqual(['ภาษี รถ', 'ภาษี บ้าน']);
  });

  it('a long query erased slowly, each shorter one answered on the way, is still known to have found something', () => {
    type('ประกันสังคม');
    found('ประกันสังคม', 5);
    for (const text of ['ประกันสังค', 'ประกันสัง', 'ประกันสั', 'ประกันส', 'ประกัน', 'ประกั', 'ประก', 'ประ']) { type(text); found(text, text === 'ประกัน' ? 9 : 0); }
    type('ประเ', 'ประเม', 'ประเมิ', 'ประเมิน');
    endVisit();
    expect(recorded()).toEqual(['ประกันสังคม', 'ประเมิน']);
  });

  it('a slip of the last key or two put right counts once, even when the slip found something', () => {
    type('ช', 'ชร', 'ชรส');
    found('ชรส', 1);
    type('ชร', 'ชรา');
    found('ชรา', 3);
    type('ชราภ', 'ชราภพ');
    found('ชราภพ', 2);
    type('ชราภ', 'ชรา', 'ชราภ', 'ชราภา', 'ชราภาพ');
    endVisit();
    expect(recorded()).toEqual(['ชราภาพ']);
  });

  it('a slip noticed late counts once when it found nothing, or only what the screen corrected it to', () => {
    type('ช', 'ชร', 'ชรส', 'ชรสภ', 'ชรสภา', 'ชรสภาพ');
    found('ชรสภาพ', 0);
    type('ชรสภา', 'ชรสภ', 'ชรส', 'ชร', 'ชรา', 'ชราภ', 'ชราภา', 'ชราภาพ');
    pendingSearch.submit();
    type('', 'บ', 'บำ', 'บำม', 'บำมา', 'บำมาญ');
    found('บำมาญ', 4, true); // the screen searched บำนาญ instead
    type('บำมา', 'บำม', 'บำ', 'บำน', 'บำนา', 'บำนาญ');
    endVisit();
    expect(recorded()).toEqual(['ชราภาพ', 'บำนาญ']);
  });

  it('a query answered only after it was cut back (typed on at once) is no search of its own', () => {
    type('ช', 'ชร', 'ชรา', 'ชราภ', 'ชราภา', 'ชราภาพ', 'ชราภา', 'ชราภ', 'ชรา', 'ชร', 'ช', 'ชด');
    found('ชด', 0);
    type('ชดเ', 'ชดเช', 'ชดเชย');
    endVisit();
    expect(recorded()).toEqual(['ชดเชย']);
  });

  it('the answer that counts is the one under the same filters', () => {
    pendingSearch.typed({ text: 'ชราภาพ', group: 'law' });
    pendingSearch.answered({ text: 'ชราภาพ', group: 'plans', found: 3, partial: false });
    for (const text of ['ชราภา', 'ชรา', 'ช', 'ชด', 'ชดเชย']) pendingSearch.typed({ text, group: 'law' });
    endVisit();
    expect(recorded()).toEqual(['ชดเชย']);
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
