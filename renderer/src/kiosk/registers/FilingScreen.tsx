import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Receipt as ReceiptValue, RegisterKind } from '../../../../electron/contract/registers';
import { useCall } from '../../base/useCall';
import { FilingForm } from './FilingForm';
import { PrivacyNotice } from './PrivacyNotice';
import { Receipt } from './Receipt';
import './registers.css';

/** A citizen files a request (Section 11) or a complaint: the privacy notice, the form, then the receipt. */
export function FilingScreen({ kind }: { kind: RegisterKind }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const settings = useCall('registers.settings', {});
  const [step, setStep] = useState<'notice' | 'form'>('notice');
  const [receipt, setReceipt] = useState<ReceiptValue>();
  const leave = () => navigate('/', { replace: true });
  return (
    <article className="filing">
      <h1>{t(kind === 'request' ? 'registers.kiosk.requestTitle' : 'registers.kiosk.complaintTitle')}</h1>
      {receipt ? <Receipt receipt={receipt} onDone={leave} />
        : step === 'notice' ? <PrivacyNotice kind={kind} retentionMonths={settings.status === 'ok' ? settings.value.retentionMonths : 24} onAgree={() => setStep('form')} onCancel={() => navigate(-1)} />
          : <FilingForm kind={kind} onSent={setReceipt} onCancel={leave} />}
    </article>
  );
}
