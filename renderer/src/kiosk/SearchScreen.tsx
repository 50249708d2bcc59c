import { useEffect, useRef } from 'react';
import { recordEvent } from '../app/visit';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { categoryByCode, categoryGroups, type GroupCode } from '../../../electron/contract/categories';
import type { SearchAnswer, SearchHit } from '../../../electron/contract/search';
import { formatDate, toBuddhistYear } from '../app/format';
import { pick } from '../app/i18n';
import { useCall } from '../app/useCall';
import { Marked } from '../ui/Marked';
import { TouchKeyboard } from '../ui/TouchKeyboard';
import { LegalBadge } from './DocumentList';
import { keyboardLabels } from './labels';
import { NoResult } from './NoResult';

/** Search as you type on the on-screen keyboard; the query lives in the URL so "back" keeps it. */
export function SearchScreen() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const group = (params.get('group') ?? undefined) as GroupCode | undefined;
  const year = params.get('year') ? Number(params.get('year')) : undefined;
  const sort = params.get('sort') === 'newest' ? 'newest' : 'relevance';
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) { if (v) next.set(k, v); else next.delete(k); }
    setParams(next, { replace: true });
  };
  const answer = useCall('search.query', q.trim() ? { q, group, year, sort, limit: 30 } : undefined);
  useSettledSearchRecord(q, group, year, answer.status === 'ok' ? answer.value : undefined);

  return (
    <div className="search-screen">
      <h1 className="visually-hidden">{t('search.title')}</h1>
      <div className="search-bar" role="search">
        <label htmlFor="search-input" className="visually-hidden">{t('search.inputLabel')}</label>
        <input id="search-input" ref={input} className="search-input" type="search" inputMode="none" autoComplete="off" spellCheck={false}
          value={q} placeholder={t('home.searchPlaceholder')} onChange={(e) => update({ q: e.target.value })} />
        {q && <button type="button" className="button tool" onClick={() => update({ q: undefined, group: undefined, year: undefined })}>{t('search.clear')}</button>}
      </div>
      <div className="search-results" aria-live="polite">
        {!q.trim() && <p className="status">{t('search.typeToSearch')}</p>}
        {q.trim() && answer.status === 'ok' && (
          <Results answer={answer.value} group={group} year={year} sort={sort} onFilter={update} />
        )}
        {q.trim() && answer.status === 'error' && <p className="status error" role="alert">{pick({ th: answer.error.error.messageTh, en: answer.error.error.message }, i18n.language)}</p>}
      </div>
      <TouchKeyboard value={q} onChange={(next) => update({ q: next })} onEnter={() => input.current?.blur()} labels={keyboardLabels(t)} />
    </div>
  );
}

/** A search is recorded once the visitor stops typing (not every keystroke's prefix). */
function useSettledSearchRecord(q: string, group: GroupCode | undefined, year: number | undefined, answer: SearchAnswer | undefined) {
  const recorded = useRef('');
  useEffect(() => {
    if (!answer || !q.trim() || answer.query !== q) return;
    const timer = window.setTimeout(() => {
      const key = `${q}|${group}|${year}`;
      if (recorded.current === key) return;
      recorded.current = key;
      const found = answer.hits.filter((h) => !h.weak).length;
      recordEvent({ type: 'search', query: q.trim(), resultCount: found, group, year });
      if (found === 0) recordEvent({ type: 'noResult', query: q.trim() });
    }, 1500);
    return () => window.clearTimeout(timer);
  }, [q, group, year, answer]);
}

function Results({ answer, group, year, sort, onFilter }: {
  answer: SearchAnswer; group?: GroupCode; year?: number; sort: string;
  onFilter: (changes: Record<string, string | undefined>) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const strong = answer.hits.filter((h) => !h.weak);
  const weak = answer.hits.filter((h) => h.weak);
  return (
    <>
      <div className="filters" role="group" aria-label={t('search.filters')}>
        <span className="result-count">{t('search.results', { count: answer.total })}</span>
        <button type="button" className="chip" aria-pressed={sort === 'relevance'} onClick={() => onFilter({ sort: undefined })}>{t('search.sortRelevance')}</button>
        <button type="button" className="chip" aria-pressed={sort === 'newest'} onClick={() => onFilter({ sort: 'newest' })}>{t('search.sortNewest')}</button>
        <button type="button" className="chip" aria-pressed={!group} onClick={() => onFilter({ group: undefined })}>{t('search.allGroups')}</button>
        {answer.facets.groups.map((g) => (
          <button key={g} type="button" className="chip" aria-pressed={group === g} onClick={() => onFilter({ group: g })}>
            {pick(categoryGroups.find((c) => c.code === g)?.name, lang)}
          </button>
        ))}
        {answer.facets.years.length > 1 && <button type="button" className="chip" aria-pressed={!year} onClick={() => onFilter({ year: undefined })}>{t('search.allYears')}</button>}
        {answer.facets.years.length > 1 && answer.facets.years.map((y) => (
          <button key={y} type="button" className="chip" aria-pressed={year === y} onClick={() => onFilter({ year: String(y) })}>
            {lang === 'en' ? String(y) : t('search.year', { year: toBuddhistYear(y) })}
          </button>
        ))}
      </div>
      {answer.didYouMean && (
        <p className="did-you-mean">{t('search.didYouMean')}{' '}
          <button type="button" className="chip strong" onClick={() => onFilter({ q: answer.didYouMean })}>{answer.didYouMean}</button>
        </p>
      )}
      {strong.length === 0 && <NoResult closestGroup={answer.closestGroup} />}
      <HitList hits={strong} lang={lang} />
      {weak.length > 0 && <><h2 className="weak-heading">{t('search.weak')}</h2><HitList hits={weak} lang={lang} /></>}
    </>
  );
}

function HitList({ hits, lang }: { hits: SearchHit[]; lang: string }) {
  const { t } = useTranslation();
  return (
    <ul className="result-list">
      {hits.map((h) => (
        <li key={`${h.kind}:${h.id}`}>
          <Link className="result" to={h.kind === 'service' ? `/services/${encodeURIComponent(h.id)}` : `/doc/${encodeURIComponent(h.id)}`}
            onClick={() => { if (h.kind === 'document') recordEvent({ type: 'resultOpened', documentId: h.id }); }}>
            <span className="result-title">{lang === 'en' && h.title.en ? h.title.en : <Marked parts={h.titleParts} />}</span>
            <span className="result-meta">
              {h.category ? <LegalBadge category={h.category} /> : <span className="badge legal">{t('search.service')}</span>}
              {h.category && <span className="badge">{pick(categoryByCode[h.category].name, lang)}</span>}
              {h.published && <span className="date">{formatDate(h.published, lang)}</span>}
            </span>
            {h.snippet.length > 0 && <span className="snippet"><Marked parts={h.snippet} /></span>}
          </Link>
        </li>
      ))}
    </ul>
  );
}
