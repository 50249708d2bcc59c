import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DocumentCard } from '../../../electron/contract/catalogue';
import { formatDate } from '../shell/format';
import { pick } from '../shell/i18n';
import { categoryName, legalBasis } from './categoryText';

/** Legal basis as a badge, e.g. มาตรา 9(8). */
export function LegalBadge({ category }: { category: DocumentCard['category'] }) {
  const { i18n } = useTranslation();
  return <span className="badge legal">{legalBasis(category, i18n.language)}</span>;
}

export function DocumentList({ items }: { items: DocumentCard[] }) {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <ul className="result-list">
      {items.map((d) => (
        <li key={d.id}>
          <Link to={`/doc/${encodeURIComponent(d.id)}`} className="result">
            <span className="result-title">{pick(d.title, lang)}</span>
            <span className="result-meta">
              <LegalBadge category={d.category} />
              <span className="badge">{categoryName(d.category, lang)}</span>
              <span className="date">{formatDate(d.published, lang)}</span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
