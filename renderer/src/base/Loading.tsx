import { useTranslation } from 'react-i18next';
import type { CallState } from '../base/useCall';
import { pick } from '../shell/i18n';

/** Loading and error states for a screen's call; children render once the answer is in. */
export function Loaded<T>({ state, children }: { state: CallState<T>; children: (value: T) => React.ReactNode }) {
  const { t, i18n } = useTranslation();
  if (state.status === 'loading') return <p className="status" aria-busy="true">{t('app.loading')}</p>;
  if (state.status === 'error') {
    return <p className="status error" role="alert">{pick({ th: state.error.error.messageTh, en: state.error.error.message }, i18n.language)}</p>;
  }
  return <>{children(state.value)}</>;
}
