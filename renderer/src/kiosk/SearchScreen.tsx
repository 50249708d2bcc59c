import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { GroupCode } from '../../../electron/contract/categories';
import { QUERY_MAX_LENGTH, type SearchAnswer } from '../../../electron/contract/search';
import { pick } from '../shell/i18n';
import { useCall } from '../base/useCall';
import { useSearchText } from '../shell/visitMemory';
import { TouchKeyboard } from '../ui/TouchKeyboard';
import { keyboardLabels } from './labels';
import { pageCount, SearchResults } from './SearchResults';
import { pendingSearch } from './pendingSearch';

/**
 * Search as you type on the on-screen keyboard. The query lives in the visit's memory, never in
 * the URL (the browser's history would keep it), so "back" from a document keeps it; the filters,
 * which say nothing about the person, stay in the URL.
 */
export function SearchScreen() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useSearchText();
  const group = (params.get('group') ?? undefined) as GroupCode | undefined;
  const year = params.get('year') ? Number(params.get('year')) : undefined;
  const sort = params.get('sort') === 'newest' ? 'newest' : 'relevance';
  // Pages of what was found; a new query or filter starts again at the first.
  const page = Math.min(Math.max(1, Math.floor(Number(params.get('page')) || 1)), pageCount(Infinity, PAGE_SIZE));
  // Set by "ค้นหาตามที่พิมพ์" under a corrected query; typing again lets corrections back in.
  const asTyped = params.get('asTyped') === '1';
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  // The keyboard covers the lower part of the screen (most of it on a landscape one): it gives way
  // once the visitor presses its search key, scrolls or touches the results, and comes back when
  // the field is touched.
  const [keyboardOpen, setKeyboardOpen] = useState(true);
  const openKeyboard = () => { setKeyboardOpen(true); input.current?.focus(); };
  // Turning to the results is being done with typing: the search counts now (pendingSearch.ts).
  const closeKeyboard = () => { setKeyboardOpen(false); input.current?.blur(); pendingSearch.submit(); };

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (k === 'q') setQ((v ?? '').slice(0, QUERY_MAX_LENGTH));
      else if (v) next.set(k, v);
      else next.delete(k);
    }
    next.delete('q');
    if (!('page' in changes)) next.delete('page');
    if (next.toString() !== params.toString()) setParams(next, { replace: true });
  };
  // A query that arrives in a link (`#/search?q=…`) is taken into the visit's memory and dropped from the URL.
  const linked = params.get('q');
  useEffect(() => { if (linked !== null) update({ q: linked }); }, [linked]);
  const answer = useCall('search.query', q.trim() ? { q, group, year, sort, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, asTyped } : undefined, { keepWhileLoading: true });
  const results = useRef<HTMLDivElement>(null);
  // Another page is read from its top (not on coming back from a document: the browser keeps that
  // place). The page itself scrolls, the results only when the screen is taller than the window;
  // braces: scrollTo returns a promise in newer Chromium, not a cleanup.
  const pageShown = useRef(page);
  useEffect(() => {
    if (pageShown.current === page) return;
    pageShown.current = page;
    results.current?.scrollTo({ top: 0 }); window.scrollTo({ top: 0 });
  }, [page]);
  // A page past the end (the catalogue shrank since the page was chosen): go to the last one.
  const lastPage = answer.status === 'ok' ? pageCount(answer.value.found, PAGE_SIZE) : page;
  useEffect(() => { if (page > lastPage) update({ page: lastPage > 1 ? String(lastPage) : undefined }); }, [page, lastPage]);
  useAskAgainWhilePartial(answer);
  useSearchRecord(q, group, year, answer.status === 'ok' ? answer.value : undefined);

  return (
    <div className="search-screen">
      <h1 className="visually-hidden">{t('search.title')}</h1>
      <div className="search-bar" role="search">
        <label htmlFor="search-input" className="visually-hidden">{t('search.inputLabel')}</label>
        {/* Its own short placeholder: home's "Tap to search documents, services or information" was cut off here at the largest text in English. */}
        <input id="search-input" ref={input} className="search-input" type="search" inputMode="none" autoComplete="off" maxLength={QUERY_MAX_LENGTH} spellCheck={false}
          value={q} placeholder={t('search.placeholder')} onChange={(e) => update({ q: e.target.value, asTyped: undefined })}
          onFocus={() => setKeyboardOpen(true)} onClick={() => setKeyboardOpen(true)} />
        {q && <button type="button" className="button tool" onClick={() => { update({ q: undefined, group: undefined, year: undefined, asTyped: undefined }); openKeyboard(); }}>{t('search.clear')}</button>}
        <button type="button" className="button tool keyboard-toggle" onMouseDown={(e) => e.preventDefault()}
          onClick={() => (keyboardOpen ? closeKeyboard() : openKeyboard())}>
          <span aria-hidden="true">⌨ </span>{keyboardOpen ? t('keyboard.hide') : t('keyboard.show')}
        </button>
      </div>
      <div className="search-results" ref={results} aria-live="polite" onPointerDown={closeKeyboard} onWheel={closeKeyboard} onTouchMove={closeKeyboard}>
        {/* "the keyboard below" only while there is one below */}
        {!q.trim() && <p className="status">{t(keyboardOpen ? 'search.typeToSearch' : 'search.tapToType')}</p>}
        {q.trim() && answer.status === 'ok' && (
          <SearchResults answer={answer.value} group={group} year={year} sort={sort} onFilter={update}
            page={{ number: page, size: PAGE_SIZE, go: (to) => update({ page: to > 1 ? String(to) : undefined }) }} />
        )}
        {q.trim() && answer.status === 'error' && <p className="status error" role="alert">{answer.error.error.code === 'bad_input'
          // A schema's words ("ช่อง q …") are not for citizens.
          ? t('search.badQuery', { max: QUERY_MAX_LENGTH })
          : pick({ th: answer.error.error.messageTh, en: answer.error.error.message }, i18n.language)}</p>}
      </div>
      <TouchKeyboard hidden={!keyboardOpen} value={q} onChange={(next) => update({ q: next, asTyped: undefined })} onEnter={closeKeyboard} labels={keyboardLabels(t)} maxLength={QUERY_MAX_LENGTH} language={i18n.language === 'en' ? 'en' : 'th'} />
    </div>
  );
}

/** Results on one page: enough to scroll through, few enough to draw at once on a kiosk. */
const PAGE_SIZE = 30;

/** Tells pendingSearch.ts what is typed and found; the screen closing records the pending search. */
function useSearchRecord(q: string, group: GroupCode | undefined, year: number | undefined, answer: SearchAnswer | undefined) {
  useEffect(() => pendingSearch.typed({ text: q.trim(), group, year }), [q, group, year]);
  useEffect(() => {
    // Weak matches are suggestions, not results: the count is what was found.
    if (answer && answer.query === q) pendingSearch.answered({ text: q.trim(), group, year, found: answer.found, partial: answer.partial === true || answer.updating === true, corrected: answer.correctedTo !== undefined });
  }, [q, group, year, answer]);
  useEffect(() => () => pendingSearch.leave(), []);
}

/**
 * While the kiosk is still indexing document bodies after a start without its cache, or taking in
 * an import, the same search is asked again every few seconds.
 */
function useAskAgainWhilePartial(answer: ReturnType<typeof useCall<'search.query'>>) {
  const partialAnswer = answer.status === 'ok' && (answer.value.partial === true || answer.value.updating === true) ? answer.value : undefined;
  const { reload } = answer;
  useEffect(() => {
    if (!partialAnswer) return;
    const timer = window.setTimeout(reload, 3000);
    return () => window.clearTimeout(timer);
  }, [partialAnswer, reload]);
}
