import { useTranslation } from 'react-i18next';
import type { ItemClock, RegisterRow } from '../../../../electron/contract/registers';
import { isClosedState } from '../../../../electron/contract/registers';
import { formatDate } from '../../shell/format';

/** The clock of an item in words: due day and days left, "clock stopped", or how far overdue. */
export function ClockText({ row }: { row: Pick<RegisterRow, 'kind' | 'state'> & { clock: ItemClock } }) {
  const { t, i18n } = useTranslation();
  const { clock } = row;
  if (isClosedState(row.kind, row.state)) return <span className="muted">{t('registers.staff.closed')}</span>;
  if (clock.paused) return <span className="badge paused">{t('registers.staff.paused')}</span>;
  return (
    <span>
      {formatDate(clock.dueOn ?? undefined, i18n.language, 'short')}{' '}
      {clock.overdue
        ? <strong className="badge overdue">{t('registers.staff.overdue')}{clock.daysLeft !== null && clock.daysLeft < 0 ? ` · ${t('registers.staff.overdueBy', { count: -clock.daysLeft })}` : ''}</strong>
        : clock.daysLeft !== null && <span className="muted">({t('registers.staff.daysLeft', { count: clock.daysLeft })})</span>}
    </span>
  );
}
