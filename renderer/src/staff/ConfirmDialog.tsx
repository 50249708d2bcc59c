import { useEffect, useRef, type ReactNode } from 'react';

/**
 * An in-page confirmation (window.confirm is tiny on a touch screen and blocks the idle reset).
 * Focus goes to "cancel" so a stray tap does not confirm.
 */
export function ConfirmDialog({ title, children, confirmLabel, cancelLabel, danger, confirmDisabled, onConfirm, onCancel }: {
  title: string; children?: ReactNode; confirmLabel: string; cancelLabel: string; danger?: boolean; confirmDisabled?: boolean;
  onConfirm: () => void; onCancel: () => void;
}) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => { cancel.current?.focus(); }, []);
  return (
    <div className="confirm-backdrop">
      <div className="confirm-box" role="alertdialog" aria-modal="true" aria-labelledby="confirm-title">
        <h2 id="confirm-title">{title}</h2>
        {children}
        <div className="button-row">
          <button ref={cancel} type="button" className="button big" onClick={onCancel}>{cancelLabel}</button>
          <button type="button" className={`button big ${danger ? 'danger' : 'primary'}`} disabled={confirmDisabled} onClick={onConfirm}>{confirmLabel}</button>
        </div>
      </div>
    </div>
  );
}
