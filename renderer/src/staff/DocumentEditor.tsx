import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { DocumentDraft } from '../../../electron/contract/catalogue-staff';
import type { CategoryCode } from '../../../electron/contract/categories';
import { fieldLimits } from '../../../electron/contract/fieldLimits';
import type { CatalogueDocument } from '../../../electron/contract/schemas';
import { call } from '../shell/client';
import { formatTime } from '../shell/format';
import { Loaded } from '../base/Loading';
import { BeDateInput } from '../shell/BeDateInput';
import { CategorySelect } from './CategorySelect';
import { DocumentStatusActions } from './DocumentStatusActions';
import { readAsBase64 } from './download';
import { useErrorText } from './errorText';
import { Feedback, useBothLanguages, type Outcome, type SavedWarning } from './Feedback';
import { GrowingText } from './GrowingText';
import { KeywordChips } from './KeywordChips';
import { cutToLimit, LengthNote } from './LengthNote';
import { PdfField } from './PdfField';
import { draftOf, formOf, problemsOf, type Form } from './documentForm';
import { useCall } from '../base/useCall';

/** What a save tells the editor it remounts: the note, and the service's warnings about what was saved. */
interface Notice { text: string; warnings?: SavedWarning[] }

/** `documents/:id` and `documents/new`. */
export function DocumentEditorScreen() {
  const { id } = useParams();
  const location = useLocation();
  const state = useCall('documents.get', id ? { id } : undefined);
  const reload = state.reload;
  // A save remounts the editor on the new version: its note survives here (or in the route state after "new").
  const [notice, setNotice] = useState<Notice | undefined>((location.state as { notice?: Notice } | null)?.notice);
  if (!id) return <DocumentEditor key="new" />;
  return (
    <Loaded state={state}>
      {(doc) => <DocumentEditor key={`${doc.id}@${doc.updatedAt}`} doc={doc} notice={notice} onChanged={(next) => { setNotice(next); reload(); }} />}
    </Loaded>
  );
}

/** The contract's limit of each text field: longer text is refused while it is typed. */
const limitOf: Partial<Record<keyof Form, number>> = {
  id: fieldLimits.id, titleTh: fieldLimits.title, titleEn: fieldLimits.title, unit: fieldLimits.unit, paperLocation: fieldLimits.paperLocation,
  url: fieldLimits.url, summaryTh: fieldLimits.summary, summaryEn: fieldLimits.summary, body: fieldLimits.body,
};

function DocumentEditor({ doc, notice, onChanged }: { doc?: CatalogueDocument; notice?: Notice; onChanged?: (notice?: Notice) => void }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const both = useBothLanguages();
  const [form, setForm] = useState(() => formOf(doc));
  const [cut, setCut] = useState<Partial<Record<keyof Form, boolean>>>({});
  // One key per new document, sent with every try: a retry after a refusal or a lost answer
  // updates the document the first successful try made instead of creating a second one.
  const [draftKey] = useState(() => (doc ? undefined : crypto.randomUUID()));
  const [pdf, setPdf] = useState<File>();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(notice ? { kind: 'done', ...notice } : undefined);
  const [tried, setTried] = useState(false);
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));
  const setText = (key: keyof Form, value: string) => {
    const max = limitOf[key];
    const kept = max === undefined ? { text: value, cut: false } : cutToLimit(value, max);
    set(key, kept.text);
    setCut((c) => ({ ...c, [key]: kept.cut }));
  };
  const problems = problemsOf(form, doc);
  const shows = (field: string) => tried && problems.includes(field);
  const needsText = !doc?.file || doc.file.hasText === false;

  async function save() {
    setTried(true);
    if (problems.length > 0) { setOutcome({ kind: 'error', error: { text: t('staff.editor.fixFields', { fields: problems.map((p) => t(`staff.editor.field.${p}`)).join(', ') }), other: '' } }); return; }
    setBusy(true);
    setOutcome(undefined);
    try {
      const draft: DocumentDraft = {
        ...draftOf(form, doc), category: form.category as CategoryCode,
        expectedUpdatedAt: doc?.updatedAt, draftKey,
        pdf: pdf ? { name: pdf.name, base64: await readAsBase64(pdf) } : undefined,
      };
      // One call: the fields and the PDF are stored together, or nothing is.
      const saved = await call('documents.save', draft);
      const scan = pdf && saved.file && !saved.file.hasText;
      setPdf(undefined);
      // The service saved nothing: the form held what was stored (an open document saved as it was).
      if (doc && saved.unchanged) { setOutcome({ kind: 'done', ...both('staff.editor.unchanged') }); return; }
      // Saved, and the service's warnings (a publication date not yet come) shown beneath the note.
      const note: Notice = { text: scan ? `${t('staff.editor.saved')} ${t('staff.editor.noText')}` : t('staff.editor.saved'), warnings: saved.warnings };
      if (!doc) navigate(`/staff/documents/${encodeURIComponent(saved.id)}`, { replace: true, state: { notice: note } });
      else onChanged?.(note);
    } catch (e) {
      setOutcome({ kind: 'error', error: errorText(e) });
    } finally { setBusy(false); }
  }

  // The hint sits outside the label (described-by), so the field's accessible name is its label alone.
  const text = (key: keyof Form, label: string, opts: { required?: boolean; long?: boolean; grow?: boolean; rows?: number; hint?: string } = {}) => {
    const value = form[key] as string;
    const max = limitOf[key];
    const described = [opts.hint && `doc-${key}-hint`, max !== undefined && `doc-${key}-length`].filter(Boolean).join(' ') || undefined;
    const common = { id: `doc-${key}`, 'aria-invalid': shows(key) || undefined, 'aria-describedby': described };
    return (
      <div className={`field${shows(key) ? ' invalid' : ''}`}>
        <label htmlFor={`doc-${key}`}>{label}{opts.required && ' *'}</label>
        {opts.long
          ? <textarea {...common} rows={opts.rows ?? 4} value={value} onChange={(e) => setText(key, e.target.value)} />
          : opts.grow
            ? <GrowingText {...common} singleLine value={value} onChange={(v) => setText(key, v)} />
            : <input {...common} value={value} onChange={(e) => setText(key, e.target.value)} />}
        {opts.hint && <small id={`doc-${key}-hint`} className="hint">{opts.hint}</small>}
        {max !== undefined && <LengthNote id={`doc-${key}-length`} length={value.length} max={max} cut={Boolean(cut[key])} />}
      </div>
    );
  };

  return (
    <form className="editor" aria-labelledby="editor-title" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <div className="screen-head">
        <h1 id="editor-title">{doc ? t('staff.editor.editTitle') : t('staff.editor.newTitle')}</h1>
        <Link to="/staff/documents" className="button">{t('staff.editor.backToList')}</Link>
      </div>
      {doc && (
        <p className="record-meta">
          <span className="mono">{doc.id}</span> · <span className={`badge status-${doc.status}`}>{t(`staff.status.${doc.status}`)}</span>
          {' · '}{t('staff.editor.updatedAt', { date: formatTime(doc.updatedAt, i18n.language) })}
        </p>
      )}
      <div className="form-grid">
        {!doc && text('id', t('staff.editor.field.id'), { hint: t('staff.editor.idHint') })}
        {text('titleTh', t('staff.editor.field.titleTh'), { required: true, grow: true })}
        {text('titleEn', t('staff.editor.field.titleEn'), { grow: true })}
        <CategorySelect label={t('staff.editor.field.category')} value={form.category} onChange={(c) => set('category', c)} required />
        <BeDateInput label={t('staff.editor.field.published')} value={form.published === 'invalid' ? '' : form.published} onChange={(v) => set('published', v)} required />
        {text('unit', t('staff.editor.field.unit'))}
        {text('unitEn', t('staff.editor.field.unitEn'))}
        {text('paperLocation', t('staff.editor.field.paperLocation'), { hint: t('staff.editor.paperHint') })}
        {text('paperLocationEn', t('staff.editor.field.paperLocationEn'), { hint: t('staff.editor.paperHintEn') })}
        {text('url', t('staff.editor.field.url'), { hint: 'https://…' })}
        <BeDateInput label={t('staff.editor.field.reviewBy')} value={form.reviewBy === 'invalid' ? '' : form.reviewBy} onChange={(v) => set('reviewBy', v)} />
      </div>
      <KeywordChips label={t('staff.editor.field.keywords')} value={form.keywords} onChange={(k) => set('keywords', k)} />
      <div className="form-grid">
        {text('summaryTh', t('staff.editor.field.summaryTh'), { long: true })}
        {text('summaryEn', t('staff.editor.field.summaryEn'), { long: true })}
      </div>
      <PdfField file={doc?.file} pending={pdf} onChoose={setPdf} />
      <div className={needsText ? 'body-fix' : undefined}>
        {needsText && <p className="hint strong">{t('staff.editor.bodyFix')}</p>}
        {text('body', t('staff.editor.field.body'), { long: true, rows: needsText ? 8 : 4 })}
      </div>
      <Feedback outcome={outcome} />
      <div className="button-row sticky-actions">
        <button type="submit" className="button primary big" disabled={busy}>{busy ? t('staff.saving') : t('staff.save')}</button>
      </div>
      {doc && <DocumentStatusActions doc={doc} onChanged={(text) => onChanged?.({ text })} />}
    </form>
  );
}
