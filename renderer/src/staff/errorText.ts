import { useTranslation } from 'react-i18next';
import { CallFailed } from '../shell/client';

export interface ErrorText { text: string; other: string }

/** A failed call in the current language first and the other language beneath (staff forward these to IT). */
export function useErrorText() {
  const { i18n } = useTranslation();
  return (error: unknown): ErrorText => {
    if (!(error instanceof CallFailed)) return { text: String(error), other: '' };
    const { messageTh, message } = error.error;
    return i18n.language === 'en' ? { text: message, other: messageTh } : { text: messageTh, other: message };
  };
}
