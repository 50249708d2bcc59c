import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { ServiceDraft, StaffService } from '../../../electron/contract/catalogue-staff';
import type { Unchanged } from '../../../electron/contract/result';
import { totalMinutes } from '../../../electron/contract/serviceTime';
import { call } from '../shell/client';
import { Loaded } from '../base/Loading';
import { BilingualList, type BilingualRow } from './BilingualList';
import { durationText } from '../shell/durationText';
import { useErrorText } from './errorText';
import { Feedback, useBothLanguages, type Outcome } from './Feedback';
import { FeesEditor, type FeeRow } from './FeesEditor';
import { GrowingText } from './GrowingText';
import { KeywordChips } from './KeywordChips';
import { rowOfStep, stepMinutes, StepsEditor, type StepRow } from './StepsEditor';
import { useCall } from '../base/useCall';

/** `services/:id` and `services/new`. Staff read every standard through standards.all (retired ones too). */
export function ServiceEditorScreen() {
  const { id } = useParams();
  const { t } = useTranslation();
  const location = useLocation();
  const all = useCall('standards.all', id ? {} : undefined);
  const reload = all.reload;
  const [notice, setNotice] = useState<string | undefined>((location.state as { notice?: string } | null)?.notice);
  if (!id) return <ServiceEditor key="new" />;
  return (
    <Loaded state={all}>
      {(services) => {
        const service = services.find((s) => s.id === id);
        if (!service) return <p className="status error" role="alert">{t('staff.services.notFound', { id })}</p>;
        return <ServiceEditor key={`${service.id}@${service.updatedAt}`} service={service} notice={notice} onChanged={(text) => { setNotice(text); reload(); }} />;
      }}
    </Loaded>
  );
}

interface Form {
  titleTh: string; titleEn: string; descriptionTh: string; descriptionEn: string; unit: string; unitEn: string; keywords: string[];
  steps: StepRow[]; fees: FeeRow[]; documents: BilingualRow[]; channels: BilingualRow[];
}
const pair = (b: { th: string; en?: string }): BilingualRow => ({ th: b.th, en: b.en ?? '' });
const formOf = (s?: StaffService): Form => ({
  titleTh: s?.title.th ?? '', titleEn: s?.title.en ?? '', descriptionTh: s?.description.th ?? '', descriptionEn: s?.description.en ?? '',
  unit: s?.unit ?? '', unitEn: s?.unitEn ?? '', keywords: s?.keywords ?? [],
  steps: s ? s.steps.map(rowOfStep) : [{ th: '', en: '', amount: '', per: 'minutes', unit: '', unitEn: '', recurring: false }],
  fees: (s?.fees ?? []).map((f) => ({ th: f.label.th, en: f.label.en ?? '', baht: String(f.baht), perTh: f.per?.th ?? '', perEn: f.per?.en ?? '' })),
  documents: (s?.documents ?? []).map(pair), channels: (s?.channels ?? []).map(pair),
});
const bilingual = (r: BilingualRow) => ({ th: r.th.trim(), en: r.en.trim() || undefined });

function problemsOf(f: Form): string[] {
  const p: string[] = [];
  if (!f.titleTh.trim()) p.push('title');
  if (f.steps.some((s) => !s.th.trim())) p.push('stepText');
  if (f.steps.some((s) => Number.isNaN(stepMinutes(s)))) p.push('stepTime');
  if (f.fees.some((x) => !x.th.trim() || x.baht.trim() === '' || !(Number(x.baht) >= 0))) p.push('fees');
  if ([...f.documents, ...f.channels].some((r) => !r.th.trim())) p.push('lists');
  return p;
}

function ServiceEditor({ service, notice, onChanged }: { service?: StaffService; notice?: string; onChanged?: (notice: string) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const both = useBothLanguages();
  const [form, setForm] = useState(() => formOf(service));
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(notice ? { kind: 'done', text: notice } : undefined);
  const [tried, setTried] = useState(false);
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));
  const minutes = form.steps.map(stepMinutes);
  // Same rule as the citizen screen (contract/serviceTime): recurring steps are not part of the total.
  const total = minutes.every((m) => !Number.isNaN(m)) ? totalMinutes({ steps: form.steps.map((s, i) => ({ minutes: minutes[i]!, recurring: s.recurring })) }) : undefined;
  const problems = problemsOf(form);

  async function act(action: () => Promise<StaffService & Unchanged>, note: string, isNew = false) {
    setBusy(true);
    setOutcome(undefined);
    try {
      const saved = await action();
      // Nothing changed, so nothing was saved: said here, as the editor stays as it is.
      if (!isNew && saved.unchanged) { setOutcome({ kind: 'done', ...both('staff.editor.unchanged') }); return; }
      if (isNew) navigate(`/staff/services/${encodeURIComponent(saved.id)}`, { replace: true, state: { notice: note } });
      else onChanged?.(note);
    } catch (e) { setOutcome({ kind: 'error', error: errorText(e) }); } finally { setBusy(false); }
  }

  function save() {
    setTried(true);
    if (problems.length > 0) { setOutcome({ kind: 'error', error: { text: t('staff.editor.fixFields', { fields: problems.map((p) => t(`staff.services.problem.${p}`)).join(', ') }), other: '' } }); return; }
    const draft: ServiceDraft = {
      id: service?.id, title: bilingual({ th: form.titleTh, en: form.titleEn }),
      description: { th: form.descriptionTh.trim() || undefined, en: form.descriptionEn.trim() || undefined },
      steps: form.steps.map((s, i) => ({ text: bilingual(s), minutes: minutes[i]!, unit: s.unit.trim() || undefined, unitEn: s.unitEn.trim() || undefined, ...(s.recurring ? { recurring: true } : {}) })),
      fees: form.fees.map((f) => ({ label: bilingual(f), baht: Number(f.baht), ...(f.perTh.trim() ? { per: bilingual({ th: f.perTh, en: f.perEn }) } : {}) })),
      documents: form.documents.map(bilingual), channels: form.channels.map(bilingual),
      unit: form.unit.trim() || undefined, unitEn: form.unitEn.trim() || undefined, keywords: form.keywords, expectedUpdatedAt: service?.updatedAt,
    };
    void act(() => call('standards.save', draft), t('staff.editor.saved'), !service);
  }

  const text = (key: 'titleTh' | 'titleEn' | 'descriptionTh' | 'descriptionEn' | 'unit' | 'unitEn', label: string, long = false) => (
    <label className="field"><span>{label}</span>
      {long ? <textarea rows={3} value={form[key]} onChange={(e) => set(key, e.target.value)} /> : <GrowingText singleLine value={form[key]} onChange={(v) => set(key, v)} />}
    </label>
  );

  return (
    <form className="editor" aria-labelledby="service-title" onSubmit={(e) => { e.preventDefault(); save(); }}>
      <div className="screen-head">
        <h1 id="service-title">{service ? t('staff.services.editTitle') : t('staff.services.newTitle')}</h1>
        <Link to="/staff/services" className="button">{t('staff.editor.backToList')}</Link>
      </div>
      {service && <p className="record-meta"><span className="mono">{service.id}</span> · <span className={`badge status-${service.status}`}>{t(`staff.status.${service.status}`)}</span></p>}
      <div className="form-grid">
        {text('titleTh', `${t('staff.services.titleTh')} *`)}
        {text('titleEn', t('staff.services.titleEn'))}
        {text('descriptionTh', t('staff.services.descriptionTh'), true)}
        {text('descriptionEn', t('staff.services.descriptionEn'), true)}
        {text('unit', t('services.unit'))}
        {text('unitEn', t('staff.services.unitEn'))}
      </div>
      <StepsEditor steps={form.steps} onChange={(steps) => set('steps', steps)} showErrors={tried} />
      <p className="total live-total" aria-live="polite">
        <strong>{t('services.total')}:</strong> {total === undefined ? t('staff.services.totalPending') : `${durationText(total, t)} (${t('services.minutes', { count: total })})`}
      </p>
      <FeesEditor fees={form.fees} onChange={(fees) => set('fees', fees)} />
      <BilingualList label={t('services.documents')} itemLabel={t('staff.services.documentItem')} rows={form.documents} onChange={(rows) => set('documents', rows)} />
      <BilingualList label={t('services.channels')} itemLabel={t('staff.services.channelItem')} rows={form.channels} onChange={(rows) => set('channels', rows)} />
      <KeywordChips label={t('staff.editor.field.keywords')} value={form.keywords} onChange={(k) => set('keywords', k)} />
      <Feedback outcome={outcome} />
      <div className="button-row sticky-actions">
        <button type="submit" className="button primary big" disabled={busy}>{busy ? t('staff.saving') : t('staff.save')}</button>
        {service && (service.status === 'active'
          ? <button type="button" className="button big" disabled={busy} onClick={() => act(() => call('standards.retire', { id: service.id }), t('staff.editor.retired'))}>{t('staff.editor.retire')}</button>
          : <button type="button" className="button big" disabled={busy} onClick={() => act(() => call('standards.restore', { id: service.id }), t('staff.editor.restored'))}>{t('staff.editor.restore')}</button>)}
      </div>
    </form>
  );
}
