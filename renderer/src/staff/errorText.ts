import { useTranslation } from 'react-i18next';
import type { SaidIssue } from '../../../electron/contract/refusalText';
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

/**
 * A refused input's sentences by the field they concern (`person.phone`, `person`), in the current
 * language, for a form to show on that field. Empty for any other failure.
 */
export function useFieldErrors() {
  const { i18n } = useTranslation();
  return (error: unknown): Record<string, string> => {
    if (!(error instanceof CallFailed) || error.error.code !== 'bad_input' || !Array.isArray(error.error.details)) return {};
    const byField: Record<string, string> = {};
    for (const issue of error.error.details as Partial<SaidIssue>[]) {
      if (!issue.said || !Array.isArray(issue.path)) continue;
      const key = issue.path.map(String).join('.');
      byField[key] ??= i18n.language === 'en' ? issue.said.en : issue.said.th;
    }
    return byField;
  };
}
