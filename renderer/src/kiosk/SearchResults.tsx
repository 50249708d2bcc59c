import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GroupCode } from '../../../electron/contract/categories';
import { SEARCH_OFFSET_MAX, type SearchAnswer, type SearchHit } from '../../../electron/contract/search';
import { yearBe } from '../../../electron/contract/thaiCalendar';
import { formatDate } from '../shell/format';
import { recordEvent } from '../shell/visit';
import { Marked } from '../ui/Marked';
import { categoryName, groupName } from './categoryText';
import { LegalBadge } from './DocumentList';
import { AskInstead, NoResult } from './NoResult';

/**
 * Filters, then what was found (for a corrected slip, the correction's results, with a line saying
 * so), then weak matches under their own heading: they are suggestions, so the count never
 * includes them and "nothing found" can stand above them.
 */
export function SearchResults({ answer, group, year, sort, onFilter, page }: {
  answer: SearchAnswer; group?: GroupCode | undefined; year?: number | undefined; sort: string;
  onFilter: (changes: Record<string, string | undefined>) => void;
  /** Which page of the found results this is (1-based), its size, and how to go to another. */
  page: ResultPage;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const strong = answer.hits.filter((h) => !h.weak);
  const weak = answer.hits.filter((h) => h.weak);
  return (
    <>
      {answer.partial && <p className="status partial-index" role="status">{t('search.partial')}</p>}
      {answer.updating && !answer.partial && <p className="status partial-index" role="status">{t('search.updating')}</p>}
      {answer.correctedTo && <CorrectionLine corrected={answer.correctedTo} typed={answer.query} onAsTyped={() => onFilter({ asTyped: '1' })} />}
      {/* Nothing found and no filter on: nothing to sort or narrow, so no chips above "nothing found". */}
      {(answer.found > 0 || group || year) && <div className="filters" role="group" aria-label={t('search.filters')}>
        {answer.found > 0 && <span className="result-count">{t('search.results', { count: answer.found })}</span>}
        <button type="button" className="chip" aria-pressed={sort === 'relevance'} onClick={() => onFilter({ sort: undefined })}>{t('search.sortRelevance')}</button>
        <button type="button" className="chip" aria-pressed={sort === 'newest'} onClick={() => onFilter({ sort: 'newest' })}>{t('search.sortNewest')}</button>
        <button type="button" className="chip" aria-pressed={!group} onClick={() => onFilter({ group: undefined })}>{t('search.allGroups')}</button>
        {answer.facets.groups.map((g) => (
          <button key={g} type="button" className="chip" aria-pressed={group === g} onClick={() => onFilter({ group: g })}>{groupName(g, lang)} <ChipCount n={answer.facets.found.groups[g]} /></button>
        ))}
        {/* A year chosen earlier stays clearable even when the new query is found in one year only. */}
        {(answer.facets.years.length > 1 || year) && <button type="button" className="chip" aria-pressed={!year} onClick={() => onFilter({ year: undefined })}>{t('search.allYears')}</button>}
        {(answer.facets.years.length > 1 || year) && answer.facets.years.map((y) => (
          <button key={y} type="button" className="chip" aria-pressed={year === y} onClick={() => onFilter({ year: String(y) })}>
            {lang === 'en' ? String(y) : t('search.year', { year: yearBe(y) })} <ChipCount n={answer.facets.found.years[y]} />
          </button>
        ))}
      </div>}
      {answer.didYouMean && (
        <p className="did-you-mean">{t('search.didYouMean')}{' '}
          <button type="button" className="chip strong" onClick={() => onFilter({ q: answer.didYouMean, asTyped: undefined })}>{answer.didYouMean}</button>
        </p>
      )}
      {answer.found === 0 ? <NoResult closestGroup={answer.closestGroup} withAsk={weak.length === 0} referral={answer.referral} /> : <HitList hits={strong} label={t('search.found')} />}
      {answer.found > page.size && <Pager found={answer.found} page={page} />}
      {weak.length > 0 && (
        <section aria-labelledby="weak-heading">
          <h2 id="weak-heading" className="weak-heading">{t('search.weak')}</h2>
          <HitList hits={weak} label={t('search.weak')} />
        </section>
      )}
      {answer.found === 0 && weak.length > 0 && <AskInstead />}
    </>
  );
}

/**
 * What a search engine shows after correcting a slip: "ค้นหาเป็น ว่างงาน แทน · ค้นหาตามที่พิมพ์ วางงาน".
 * The results below are the corrected query's; the button searches exactly what was typed.
 */
function CorrectionLine({ corrected, typed, onAsTyped }: { corrected: string; typed: string; onAsTyped: () => void }) {
  const { t } = useTranslation();
  return (
    <p className="correction" role="status">
      <Trans i18nKey="search.correctedTo" values={{ corrected }} components={{ b: <strong className="corrected" /> }} />
      <span aria-hidden="true"> · </span>
      <button type="button" className="link-button" onClick={onAsTyped}>{t('search.searchAsTyped', { typed: typed.trim() })}</button>
    </p>
  );
}

/** The title in the screen's language, marked. */
const titleShown = (h: SearchHit, lang: string) => (lang === 'en' && h.title.en ? h.titleEnParts ?? [{ text: h.title.en, mark: false }] : h.titleParts);

function HitList({ hits, label }: { hits: SearchHit[]; label: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <ul className="result-list" aria-label={label}>
      {hits.map((h) => (
        <li key={`${h.kind}:${h.id}`}>
          <Link className="result" to={h.kind === 'service' ? `/services/${encodeURIComponent(h.id)}` : `/doc/${encodeURIComponent(h.id)}`}
            onClick={() => { if (h.kind === 'document') recordEvent({ type: 'resultOpened', documentId: h.id }); }}>
            <span className="result-title"><Marked parts={titleShown(h, lang)} /></span>
            <span className="result-meta">
              {h.category ? <LegalBadge category={h.category} /> : <span className="badge legal">{t('search.service')}</span>}
              {h.category && <span className="badge">{categoryName(h.category, lang)}</span>}
              {h.published && <time className="date" dateTime={h.published}>{formatDate(h.published, lang)}</time>}
            </span>
            {h.snippet.length > 0 && <span className="snippet"><Marked parts={h.snippet} /></span>}
            {h.foundIn && !titleShown(h, lang).some((p) => p.mark) && <span className="found-in">{t(`search.foundIn.${h.foundIn.field}`)}: <Marked parts={h.foundIn.parts} /></span>}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export interface ResultPage { number: number; size: number; go: (page: number) => void }

/** Pages of `found` results: at least one, and none starting past SEARCH_OFFSET_MAX (10,000 results in). */
export const pageCount = (found: number, size: number) => Math.max(1, Math.min(Math.ceil(found / size), Math.floor(SEARCH_OFFSET_MAX / size) + 1));

/**
 * "รายการที่ 31–44 จาก 44" with the pages before and after: none is on two pages, and every found
 * result is reachable up to the furthest page a search may start at (SEARCH_OFFSET_MAX, 10,000
 * results in). Suggestions are not paged: those the engine adds come after the found ones.
 */
function Pager({ found, page }: { found: number; page: ResultPage }) {
  const { t } = useTranslation();
  const pages = pageCount(found, page.size);
  const number = Math.min(page.number, pages);
  const from = (number - 1) * page.size + 1, to = Math.min(found, number * page.size);
  return (
    <nav className="pager" aria-label={t('search.pages')}>
      {number > 1 && <button type="button" className="button" onClick={() => page.go(number - 1)}><span aria-hidden="true">‹ </span>{t('search.previousPage')}</button>}
      <span className="page-range">{t('search.pageRange', { from, to, count: found })}</span>
      {number < pages && <button type="button" className="button" onClick={() => page.go(number + 1)}>{t('search.nextPage')}<span aria-hidden="true"> ›</span></button>}
    </nav>
  );
}

/** How many a tap on a filter chip lists (the count under the other filters as they are). */
const ChipCount = ({ n }: { n: number | undefined }) => (n === undefined ? null : <span className="chip-count">{n.toLocaleString('en-US')}</span>);
