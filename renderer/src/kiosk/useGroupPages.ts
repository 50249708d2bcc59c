import { useEffect, useState } from 'react';
import type { GroupCode } from '../../../electron/contract/categories';
import { LIST_LIMIT_MAX, LIST_OFFSET_MAX, type DocumentCard } from '../../../electron/contract/catalogue';
import type { CallState } from '../base/useCall';
import { call, CallFailed } from '../shell/client';

/** Documents per call: the most `catalogue.list` gives at once. */
export const BROWSE_PAGE = LIST_LIMIT_MAX;
/** Pages a link may ask for: the list's `offset` stops there. */
export const BROWSE_PAGES_MAX = LIST_OFFSET_MAX / BROWSE_PAGE;

export interface GroupPages {
  total: number; items: DocumentCard[]; loadingMore: boolean;
  /** A later page that could not be read: the pages before it stay, and `retry` asks again. */
  moreFailed?: CallFailed;
}

interface Loaded { group: GroupCode; total: number; pages: DocumentCard[][]; error?: CallFailed }

/**
 * The first `pages` pages of a group's documents, newest first as the service lists them, read one
 * page at a time by offset: the pages shown stay while the next loads. A document listed on two
 * pages (one was added between the reads) is shown once.
 */
export function useGroupPages(group: GroupCode | undefined, pages: number): CallState<GroupPages> & { retry: () => void } {
  const [loaded, setLoaded] = useState<Loaded>();
  const mine = loaded && loaded.group === group ? loaded : undefined;
  const have = mine?.pages.length ?? 0;
  // Once the total is known, no page past the last is asked for (a link may name too many).
  const wanted = mine && have > 0 ? Math.min(pages, Math.max(1, Math.ceil(mine.total / BROWSE_PAGE))) : pages;
  const failed = mine?.error;
  useEffect(() => {
    if (!group || have >= wanted || failed) return;
    let current = true;
    call('catalogue.list', { group, offset: have * BROWSE_PAGE, limit: BROWSE_PAGE }).then(
      (value) => {
        if (current) setLoaded((was) => ({ group, total: value.total, pages: [...(was?.group === group ? was.pages.slice(0, have) : []), value.items] }));
      },
      (error: unknown) => {
        const failure = error instanceof CallFailed ? error : new CallFailed({ code: 'internal', message: String(error), messageTh: 'เกิดข้อผิดพลาด' });
        if (current) setLoaded((was) => ({ group, total: was?.group === group ? was.total : 0, pages: was?.group === group ? was.pages : [], error: failure }));
      },
    );
    return () => { current = false; };
  }, [group, have, wanted, failed]);

  const retry = () => setLoaded((was) => (was ? { group: was.group, total: was.total, pages: was.pages } : was));
  if (!mine || have === 0) return mine?.error ? { status: 'error', error: mine.error, retry } : { status: 'loading', retry };
  const seen = new Set<string>();
  const items = mine.pages.flat().filter((d) => (seen.has(d.id) ? false : (seen.add(d.id), true)));
  return { status: 'ok', value: { total: mine.total, items, loadingMore: have < wanted && !mine.error, ...(mine.error ? { moreFailed: mine.error } : {}) }, retry };
}
