import { useTranslation } from 'react-i18next';
import type { AttachedFile } from '../../../electron/contract/schemas';
import { FileButton } from './FileButton';

const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** The attached PDF (pages, size, searchable or not) and the chooser for a new one, attached on save. */
export function PdfField({ file, pending, onChoose }: { file?: AttachedFile; pending?: File; onChoose: (file: File | undefined) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="pdf-field">
      <legend>{t('staff.editor.pdf')}</legend>
      {file ? (
        <div className="pdf-info">
          <p><strong>{file.name}</strong> · {t('staff.editor.pages', { count: file.pages ?? 0 })} · {sizeText(file.bytes)}</p>
          {file.hasText
            ? <p className="ok">{t('staff.editor.hasText')}</p>
            : <p className="warn-box" role="note"><strong>{t('staff.editor.noText')}</strong> — {t('staff.editor.noTextHelp')}</p>}
        </div>
      ) : <p className="hint">{t('staff.editor.noFile')}</p>}
      <FileButton label={file ? t('staff.editor.replacePdf') : t('staff.editor.choosePdf')} accept="application/pdf,.pdf" onChoose={onChoose}
        chosen={pending && t('staff.editor.pendingPdf', { name: pending.name, size: sizeText(pending.size) })} />
    </fieldset>
  );
}
