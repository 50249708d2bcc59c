import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { categoriesInGroup, categoryGroups, GroupCode } from '../../../electron/contract/categories';
import type { DocumentCard } from '../../../electron/contract/catalogue';
import { useRecordOnce } from '../shell/useRecordOnce';
import { categoryName, groupDescription, groupName } from './categoryText';
import { DocumentList, LegalBadge } from './DocumentList';
import { Loaded } from '../base/Loading';
import { ProcurementMonths } from './ProcurementMonths';
import { ServiceList } from './ServiceScreens';
import { BROWSE_PAGE, BROWSE_PAGES_MAX, useGroupPages, type GroupPages } from './useGroupPages';
import { pick } from '../shell/i18n';

/**
 * A group's documents, category by category, newest first; procurement adds the monthly grid. A
 * group longer than one page lists more at a tap, as many pages as `?pages=` says: coming back
 * from a document keeps what was shown.
 */
export function BrowseScreen() {
  const { group = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [params, setParams] = useSearchParams();
  const pages = Math.min(Math.max(1, Math.floor(Number(params.get('pages')) || 1)), BROWSE_PAGES_MAX);
  const code = GroupCode.safeParse(group).success ? (group as GroupCode) : undefined;
  const info = categoryGroups.find((g) => g.code === code);
  const list = useGroupPages(code, pages);
  const showMore = (l: GroupPages) => {
    if (l.moreFailed) { list.retry(); return; }
    const next = new URLSearchParams(params);
    next.set('pages', String(Math.ceil(l.items.length / BROWSE_PAGE) + 1));
    setParams(next, { replace: true });
  };
  useRecordOnce(code ? { type: 'categoryView', group: code } : undefined);
  if (!info) return <p className="status error">{t('browse.empty')}</p>;
  return (
    <div className="browse">
      <h1>{groupName(info.code, lang)}</h1>
      <p className="lead">{groupDescription(info.code, lang)}</p>
      {code === 'procurement' && <ProcurementMonths />}
      {code === 'service-manuals' && <section aria-labelledby="service-list"><h2 id="service-list">{t('services.title')}</h2><ServiceList /></section>}
      <Loaded state={list}>
        {(l) => (l.items.length === 0
          ? <p className="status">{t('browse.empty')}</p>
          : <>
            {byCategory(info.code, l.items).map(([category, items]) => (
              <section key={category} aria-labelledby={`cat-${category}`}>
                <h2 id={`cat-${category}`}>{categoryName(category, lang)} <LegalBadge category={category} /></h2>
                <DocumentList items={items} />
              </section>
            ))}
            {l.total > BROWSE_PAGE && (
              <div className="browse-more">
                <p className="shown-count" role="status">{t('browse.shownOf', { shown: l.items.length, count: l.total })}</p>
                {l.moreFailed && <p className="status error" role="alert">{pick({ th: l.moreFailed.error.messageTh, en: l.moreFailed.error.message }, lang)}</p>}
                {l.items.length < l.total && (
                  <button type="button" className="button big" disabled={l.loadingMore} aria-busy={l.loadingMore} onClick={() => showMore(l)}>
                    {l.loadingMore ? t('app.loading') : t('browse.showMore', { count: Math.min(BROWSE_PAGE, l.total - l.items.length) })}
                  </button>
                )}
              </div>
            )}
          </>)}
      </Loaded>
    </div>
  );
}

/** The group's categories in the law's order (the contract's table: 7(1)…7(5), 9(1)…9(8)), each with its documents. */
function byCategory(group: GroupCode, items: DocumentCard[]): [DocumentCard['category'], DocumentCard[]][] {
  return categoriesInGroup(group)
    .map((category): [DocumentCard['category'], DocumentCard[]] => [category, items.filter((item) => item.category === category)])
    .filter(([, inCategory]) => inCategory.length > 0);
}
