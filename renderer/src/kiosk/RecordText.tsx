import { useTranslation } from 'react-i18next';

/**
 * A record's own words (a unit's name, where the paper file is) in the screen's language. In
 * English mode without an English form, the Thai is shown and said to be Thai, so a visitor knows
 * it is not a mistranslation and can show it to the staff.
 */
export function RecordText({ th, en }: { th: string; en?: string | undefined }) {
  const { t, i18n } = useTranslation();
  if (i18n.language !== 'en') return <>{th}</>;
  if (en) return <>{en}</>;
  return <><span lang="th">{th}</span> <span className="in-thai">{t('app.inThai')}</span></>;
}
