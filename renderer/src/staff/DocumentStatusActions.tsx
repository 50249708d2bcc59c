import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CatalogueDocument } from '../../../electron/contract/schemas';
import { call } from '../shell/client';
import { ConfirmDialog } from './ConfirmDialog';
import { useErrorText } from './errorText';
import { Feedback, type Outcome } from './Feedback';
import { isAdmin, useStaffSession } from './StaffSession';

const MIN_REASON = 10;

/** Retire (hide from citizens), restore, and the administrator's delete-for-good with a written reason. */
export function DocumentStatusActions({ doc, onChanged }: { doc: CatalogueDocument; onChanged: (notice: string) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useStaffSession();
  const errorText = useErrorText();
  const [asking, setAsking] = useState<'retire' | 'delete'>();
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<Outcome>();
  const run = async (action: () => Promise<unknown>, after: () => void) => {
    setAsking(undefined);
    try { await action(); after(); } catch (e) { setOutcome({ kind: 'error', error: errorText(e) }); }
  };
  return (
    <section className="danger-zone" aria-labelledby="status-actions">
      <h2 id="status-actions">{t('staff.editor.statusActions')}</h2>
      <p className="hint">{doc.status === 'active' ? t('staff.editor.retireHelp') : t('staff.editor.restoreHelp')}</p>
      <div className="button-row">
        {doc.status === 'active'
          ? <button type="button" className="button big" onClick={() => setAsking('retire')}>{t('staff.editor.retire')}</button>
          : <button type="button" className="button big primary" onClick={() => run(() => call('documents.restore', { id: doc.id }), () => onChanged(t('staff.editor.restored')))}>{t('staff.editor.restore')}</button>}
        {isAdmin(session) && <button type="button" className="button big danger" onClick={() => setAsking('delete')}>{t('staff.editor.delete')}</button>}
      </div>
      <Feedback outcome={outcome} />
      {asking === 'retire' && (
        <ConfirmDialog title={t('staff.editor.retireConfirm')} confirmLabel={t('staff.editor.retire')} cancelLabel={t('staff.cancel')}
          onCancel={() => setAsking(undefined)} onConfirm={() => run(() => call('documents.retire', { id: doc.id, note: note.trim() || undefined }), () => onChanged(t('staff.editor.retired')))}>
          <p>{t('staff.editor.retireHelp')}</p>
          <label className="field"><span>{t('staff.editor.retireNote')}</span><input value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} /></label>
        </ConfirmDialog>
      )}
      {asking === 'delete' && (
        <ConfirmDialog title={t('staff.editor.deleteConfirm')} confirmLabel={t('staff.editor.deleteForGood')} cancelLabel={t('staff.cancel')} danger
          confirmDisabled={reason.trim().length < MIN_REASON}
          onCancel={() => setAsking(undefined)}
          onConfirm={() => run(() => call('documents.delete', { id: doc.id, reason: reason.trim() }), () => navigate('/staff/documents', { replace: true }))}>
          <p>{t('staff.editor.deleteHelp')}</p>
          <div className="field">
            <label htmlFor="delete-reason">{t('staff.editor.deleteReason')}</label>
            <textarea id="delete-reason" rows={3} value={reason} maxLength={1000} aria-describedby="delete-reason-count" onChange={(e) => setReason(e.target.value)} />
            <small id="delete-reason-count" className="hint">{t('staff.editor.reasonLength', { count: reason.trim().length, min: MIN_REASON })}</small>
          </div>
        </ConfirmDialog>
      )}
    </section>
  );
}
