import { useTranslation } from 'react-i18next';
import type { Bilingual } from '../../../electron/contract/categories';
import type { ErrorText } from './errorText';

/** Something the service wants the staff member to know about what was just saved, in both languages. */
export type SavedWarning = Bilingual;

/**
 * What the last action did: an error (both languages) or a short success note, with the service's
 * warnings about what was saved (current language first, the other beneath). Announced to screen readers.
 */
export type Outcome = { kind: 'error'; error: ErrorText } | { kind: 'done'; text: string; other?: string; warnings?: SavedWarning[] } | undefined;

/** A note in both languages (the screen's first, the other beneath), for what staff must not misread: a save that changed nothing. */
export function useBothLanguages() {
  const { t, i18n } = useTranslation();
  const other = i18n.getFixedT(i18n.language === 'en' ? 'th' : 'en');
  return (key: string) => ({ text: t(key), other: other(key) });
}

export function Feedback({ outcome }: { outcome: Outcome }) {
  const { i18n } = useTranslation();
  if (!outcome) return null;
  if (outcome.kind === 'done') {
    const english = i18n.language === 'en';
    return (
      <>
        {outcome.other
          ? <div className="status done" role="status"><p>{outcome.text}</p><p className="other-language">{outcome.other}</p></div>
          : <p className="status done" role="status">{outcome.text}</p>}
        {outcome.warnings?.map((w) => (
          <div key={w.en} className="warn-box" role="alert">
            <p>{english ? w.en : w.th}</p>
            <p className="other-language">{english ? w.th : w.en}</p>
          </div>
        ))}
      </>
    );
  }
  return (
    <div className="status error" role="alert">
      <p>{outcome.error.text}</p>
      {outcome.error.other && <p className="other-language">{outcome.error.other}</p>}
    </div>
  );
}
