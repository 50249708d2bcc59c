import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../shell/client';
import { ConfirmDialog } from './ConfirmDialog';
import { useErrorText } from './errorText';
import { Feedback, type Outcome } from './Feedback';
import { isAdmin, useStaffSession } from './StaffSession';
import { useCall } from '../base/useCall';

/** While the kiosk still shows the shipped sample, say so; an administrator can clear it before real data goes in. */
export function SampleBanner() {
  const { t } = useTranslation();
  const session = useStaffSession();
  const errorText = useErrorText();
  const overview = useCall('catalogue.overview', {});
  const reload = overview.reload;
  const [asking, setAsking] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  if (overview.status !== 'ok' || !overview.value.isSample) return <Feedback outcome={outcome} />;
  return (
    <section className="sample-banner" aria-label={t('staff.sample')}>
      <p><strong>{t('staff.sample')}</strong> — {t('staff.sampleCounts', { documents: overview.value.documentCount, services: overview.value.serviceCount })}</p>
      {isAdmin(session) && <button type="button" className="button danger" onClick={() => setAsking(true)}>{t('staff.clearSample')}</button>}
      <Feedback outcome={outcome} />
      {asking && (
        <ConfirmDialog title={t('staff.clearSampleConfirm')} confirmLabel={t('staff.clearSample')} cancelLabel={t('staff.cancel')} danger
          onCancel={() => setAsking(false)}
          onConfirm={async () => {
            setAsking(false);
            try {
              const r = await call('catalogue.clearSample', {});
              setOutcome({ kind: 'done', text: t('staff.sampleCleared', { documents: r.removedDocuments, services: r.removedServices }) });
              reload();
            } catch (e) { setOutcome({ kind: 'error', error: errorText(e) }); }
          }}>
          <p>{t('staff.clearSampleText')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
