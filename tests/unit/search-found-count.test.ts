import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../electron/contract/search';
import { foundCount } from '../../renderer/src/kiosk/foundCount';

const hit = (weak: boolean): SearchHit => ({ kind: 'document', id: String(Math.random()), title: { th: 'x' }, titleParts: [], score: 1, weak, snippet: [] });
const hits = (strong: number, weak: number) => [...Array.from({ length: strong }, () => hit(false)), ...Array.from({ length: weak }, () => hit(true))];

describe('the "found" count of a search', () => {
  it('never counts weak matches, which are only suggestions', () => {
    expect(foundCount({ hits: hits(0, 10), total: 10 })).toEqual({ count: 0, atLeast: false });
    expect(foundCount({ hits: hits(0, 30), total: 120 })).toEqual({ count: 0, atLeast: false });
    expect(foundCount({ hits: hits(4, 26), total: 200 })).toEqual({ count: 4, atLeast: false });
  });

  it('is exact when the page holds every hit', () => {
    expect(foundCount({ hits: hits(23, 0), total: 23 })).toEqual({ count: 23, atLeast: false });
  });

  it('is a lower bound when a full page of found hits does not hold them all', () => {
    expect(foundCount({ hits: hits(30, 0), total: 75 })).toEqual({ count: 30, atLeast: true });
  });
});
