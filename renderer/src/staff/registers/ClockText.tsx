import { useTranslation } from 'react-i18next';
import type { ItemClock, RegisterRow } from '../../../../electron/contract/registers';
import { isClosedState } from '../../../../electron/contract/registers';
import { formatDate } from '../../shell/format';

/** The clock of an item in words: due day and days left, "clock stopped", how far overdue, or (closed) whether it was answered in time. */
export function ClockText({ row }: { row: Pick<RegisterRow, 'kind' | 'state'> & { clock: ItemClock } }) {
  const { t, i18n } = useTranslation();
  const { clock } = row;
  const due = formatDate(clock.dueOn ?? undefined, i18n.language, 'short');
  if (isClosedState(row.kind, row.state)) {
    const { answered } = clock;
    return (
      <span>
        {due && `${due} `}
        {!answered ? <span className="muted">{t('registers.staff.closed')}</span>
          : answered.onTime ? <span className="badge on-time">{t('registers.staff.answeredOnTime')}</span>
          : <strong className="badge late">{answered.workingDaysLate > 0 ? t('registers.staff.answeredLateBy', { count: answered.workingDaysLate }) : t('registers.staff.answeredLate')}</strong>}
      </span>
    );
  }
  if (clock.paused) return <span className="badge paused">{t('registers.staff.paused')}</span>;
  return (
    <span>
      {due}{' '}
      {clock.overdue
        ? <strong className="badge overdue">{t('registers.staff.overdue')}{clock.daysLeft !== null && clock.daysLeft < 0 ? ` · ${t('registers.staff.overdueBy', { count: -clock.daysLeft })}` : ''}</strong>
        : clock.daysLeft !== null && <span className="muted">({t('registers.staff.daysLeft', { count: clock.daysLeft })})</span>}
    </span>
  );
}
