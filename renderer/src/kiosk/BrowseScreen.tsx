import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { categoryGroups, GroupCode } from '../../../electron/contract/categories';
import { pick } from '../app/i18n';
import { useCall } from '../app/useCall';
import { useRecordOnce } from '../app/useRecordOnce';
import { DocumentList } from './DocumentList';
import { Loaded } from './Loading';

/** A group's documents, newest first. */
export function BrowseScreen() {
  const { group = '' } = useParams();
  const { t, i18n } = useTranslation();
  const code = GroupCode.safeParse(group).success ? (group as GroupCode) : undefined;
  const info = categoryGroups.find((g) => g.code === code);
  const list = useCall('catalogue.list', code ? { group: code, limit: 200 } : undefined);
  useRecordOnce(code ? { type: 'categoryView', group: code } : undefined);
  if (!info) return <p className="status error">{t('browse.empty')}</p>;
  return (
    <div className="browse">
      <h1>{pick(info.name, i18n.language)}</h1>
      <p className="lead">{pick(info.description, i18n.language)}</p>
      <Loaded state={list}>
        {(l) => (l.items.length ? <DocumentList items={l.items} /> : <p className="status">{t('browse.empty')}</p>)}
      </Loaded>
    </div>
  );
}
