import { useTranslation } from 'react-i18next';
import { useCall } from '../base/useCall';

/** On the to-do list: central documents this kiosk refused (they failed the schema), for staff to report to head office. */
export function FleetRefusedNotice() {
  const { t } = useTranslation();
  const state = useCall('fleet.state', {});
  if (state.status !== 'ok' || state.value.refused.length === 0) return null;
  return (
    <section className="todo fleet-refused" aria-labelledby="todo-fleet">
      <h2 id="todo-fleet">{t('fleet.refused', { count: state.value.refused.length })}</h2>
      <ul>{state.value.refused.map((r) => <li key={r.id}><code>{r.id.replace(/^(document|service):/, '')}</code> {r.reason}</li>)}</ul>
    </section>
  );
}
