import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { categoriesInGroup, categoryGroups, GroupCode } from '../../../electron/contract/categories';
import type { DocumentCard } from '../../../electron/contract/catalogue';
import { useCall } from '../base/useCall';
import { useRecordOnce } from '../shell/useRecordOnce';
import { categoryName, groupDescription, groupName } from './categoryText';
import { DocumentList, LegalBadge } from './DocumentList';
import { Loaded } from '../base/Loading';
import { ProcurementMonths } from './ProcurementMonths';
import { ServiceList } from './ServiceScreens';

/** A group's documents, category by category, newest first; procurement adds the monthly grid. */
export function BrowseScreen() {
  const { group = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const code = GroupCode.safeParse(group).success ? (group as GroupCode) : undefined;
  const info = categoryGroups.find((g) => g.code === code);
  const list = useCall('catalogue.list', code ? { group: code, limit: 200 } : undefined);
  useRecordOnce(code ? { type: 'categoryView', group: code } : undefined);
  if (!info) return <p className="status error">{t('browse.empty')}</p>;
  return (
    <div className="browse">
      <h1>{groupName(info.code, lang)}</h1>
      <p className="lead">{groupDescription(info.code, lang)}</p>
      {code === 'procurement' && <ProcurementMonths />}
      {code === 'service-manuals' && <section aria-labelledby="service-list"><h2 id="service-list">{t('services.title')}</h2><ServiceList /></section>}
      <Loaded state={list}>
        {(l) => l.items.length === 0
          ? <p className="status">{t('browse.empty')}</p>
          : byCategory(info.code, l.items).map(([category, items]) => (
            <section key={category} aria-labelledby={`cat-${category}`}>
              <h2 id={`cat-${category}`}>{categoryName(category, lang)} <LegalBadge category={category} /></h2>
              <DocumentList items={items} />
            </section>
          ))}
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
