import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../electron/contract/settings';
import { call } from '../shell/client';
import { Loaded } from '../base/Loading';
import { BilingualList, type BilingualRow } from './BilingualList';
import { ReferralList, referralRows, referralsOf } from './ReferralList';
import { useErrorText } from './errorText';
import { Feedback, useBothLanguages, type Outcome } from './Feedback';
import { useCall } from '../base/useCall';

/** Agency, centre and kiosk settings (administrators): what makes the product serve any Thai agency. */
export function SettingsScreen() {
  const state = useCall('settings.get', {});
  const reload = state.reload;
  const [notice, setNotice] = useState<string>();
  return <Loaded state={state}>{(s) => <SettingsForm key={JSON.stringify(s)} settings={s} notice={notice} onSaved={(text) => { setNotice(text); reload(); }} />}</Loaded>;
}

type Bi = { th: string; en?: string };
const rows = (list: Bi[]): BilingualRow[] => list.map((b) => ({ th: b.th, en: b.en ?? '' }));
const bi = (r: BilingualRow): Bi => ({ th: r.th.trim(), en: r.en.trim() || undefined });

function SettingsForm({ settings, notice, onSaved }: { settings: Settings; notice?: string; onSaved: (notice: string) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const both = useBothLanguages();
  const [s, setS] = useState<Settings>(settings);
  const [staffRows, setStaffRows] = useState(rows(settings.centre.staff));
  const [channelRows, setChannelRows] = useState(rows(settings.centre.complaintChannels));
  const [referralsInForm, setReferralRows] = useState(referralRows(settings.centre.referrals));
  const [numbers, setNumbers] = useState({
    idleSeconds: String(settings.kiosk.idleSeconds), countdownSeconds: String(settings.kiosk.countdownSeconds),
    copyFeeBaht: String(settings.kiosk.copyFeeBaht), certifiedCopyFeeBaht: String(settings.kiosk.certifiedCopyFeeBaht),
    retentionYears: String(settings.stats.retentionYears),
    procurementSummaryDueDays: String(settings.agency.procurementSummaryDueDays),
  });
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(notice ? { kind: 'done', text: notice } : undefined);

  const biField = (label: string, value: Bi, onChange: (next: Bi) => void, long = false) => (
    <fieldset className="bi-field">
      <legend>{label}</legend>
      {(['th', 'en'] as const).map((lang) => (
        <label key={lang} className="field"><span>{label} ({t(`staff.list.${lang}`)}){lang === 'th' && ' *'}</span>
          {long
            ? <textarea rows={3} value={value[lang] ?? ''} onChange={(e) => onChange({ ...value, [lang]: e.target.value })} />
            : <input value={value[lang] ?? ''} onChange={(e) => onChange({ ...value, [lang]: e.target.value })} />}
        </label>
      ))}
    </fieldset>
  );
  const agency = (key: 'name' | 'shortName') => (v: Bi) => setS({ ...s, agency: { ...s.agency, [key]: v } });
  const centre = (key: 'name' | 'hours' | 'location' | 'executive' | 'requestInfo') => (v: Bi) => setS({ ...s, centre: { ...s.centre, [key]: v } });
  const number = (key: keyof typeof numbers, label: string, hint: string) => (
    <div className="field">
      <label htmlFor={`set-${key}`}>{label}</label>
      <input id={`set-${key}`} inputMode="numeric" value={numbers[key]} aria-describedby={`set-${key}-hint`} onChange={(e) => setNumbers({ ...numbers, [key]: e.target.value })} />
      <small id={`set-${key}-hint`} className="hint">{hint}</small>
    </div>
  );
  const check = (key: 'allowPrint' | 'surveyEnabled', label: string) => (
    <label className="check"><input type="checkbox" checked={s.kiosk[key]} onChange={(e) => setS({ ...s, kiosk: { ...s.kiosk, [key]: e.target.checked } })} /><span>{label}</span></label>
  );

  async function save() {
    const n = Object.fromEntries(Object.entries(numbers).map(([k, v]) => [k, Number(v)])) as Record<keyof typeof numbers, number>;
    const trim = (b: Bi): Bi => bi({ th: b.th, en: b.en ?? '' });
    const next: Settings = {
      agency: { ...s.agency, name: trim(s.agency.name), shortName: trim(s.agency.shortName), procurementSummaryDueDays: n.procurementSummaryDueDays },
      centre: {
        ...s.centre, name: trim(s.centre.name), hours: trim(s.centre.hours), location: trim(s.centre.location), executive: trim(s.centre.executive),
        requestInfo: trim(s.centre.requestInfo), phone: s.centre.phone.trim(), phoneEn: s.centre.phoneEn?.trim() || undefined,
        staff: staffRows.map(bi), complaintChannels: channelRows.map(bi), referrals: referralsOf(referralsInForm),
      },
      kiosk: { ...s.kiosk, idleSeconds: n.idleSeconds, countdownSeconds: n.countdownSeconds, copyFeeBaht: n.copyFeeBaht, certifiedCopyFeeBaht: n.certifiedCopyFeeBaht,
        qrBaseUrl: s.kiosk.qrBaseUrl?.trim() || undefined },
      stats: { retentionYears: n.retentionYears },
    };
    setBusy(true); setOutcome(undefined);
    try {
      const saved = await call('settings.update', next);
      // Nothing changed, so nothing was saved (and nothing audited): said here, as the form stays as it is.
      if (saved.unchanged) setOutcome({ kind: 'done', ...both('staff.editor.unchanged') }); else onSaved(t('staff.settings.saved'));
    } catch (e) { setOutcome({ kind: 'error', error: errorText(e) }); } finally { setBusy(false); }
  }

  return (
    <form className="editor settings" aria-labelledby="settings-title" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <h1 id="settings-title">{t('staff.settings.title')}</h1>
      <section className="panel"><h2>{t('staff.settings.agency')}</h2>
        <div className="form-grid">
          {biField(t('staff.settings.agencyName'), s.agency.name, agency('name'))}
          {biField(t('staff.settings.shortName'), s.agency.shortName, agency('shortName'))}
          {number('procurementSummaryDueDays', t('staff.settings.procurementDueDays'), t('staff.settings.procurementDueDaysHint'))}
        </div>
      </section>
      <section className="panel"><h2>{t('staff.settings.centre')}</h2>
        <div className="form-grid">
          {biField(t('staff.settings.centreName'), s.centre.name, centre('name'))}
          {biField(t('centre.hours'), s.centre.hours, centre('hours'))}
          {biField(t('centre.location'), s.centre.location, centre('location'), true)}
          {biField(t('centre.executive'), s.centre.executive, centre('executive'))}
          {biField(t('centre.request'), s.centre.requestInfo, centre('requestInfo'), true)}
          <fieldset className="bi-field">
            <legend>{t('centre.phone')}</legend>
            <label className="field"><span>{t('centre.phone')} ({t('staff.list.th')})</span><input value={s.centre.phone} onChange={(e) => setS({ ...s, centre: { ...s.centre, phone: e.target.value } })} /></label>
            <div className="field">
              <label htmlFor="set-phone-en">{t('centre.phone')} ({t('staff.list.en')})</label>
              <input id="set-phone-en" value={s.centre.phoneEn ?? ''} aria-describedby="set-phone-en-hint" onChange={(e) => setS({ ...s, centre: { ...s.centre, phoneEn: e.target.value } })} />
              <small id="set-phone-en-hint" className="hint">{t('staff.settings.phoneEnHint')}</small>
            </div>
          </fieldset>
        </div>
        <BilingualList label={t('centre.staff')} itemLabel={t('staff.settings.staffItem')} rows={staffRows} onChange={setStaffRows} />
        <BilingualList label={t('centre.complaint')} itemLabel={t('staff.settings.channelItem')} rows={channelRows} onChange={setChannelRows} />
        <ReferralList rows={referralsInForm} onChange={setReferralRows} />
      </section>
      <section className="panel"><h2>{t('staff.settings.kiosk')}</h2>
        <div className="form-grid">
          {number('idleSeconds', t('staff.settings.idleSeconds'), t('staff.settings.idleHint'))}
          {number('countdownSeconds', t('staff.settings.countdownSeconds'), t('staff.settings.countdownHint'))}
          <div className="field">
            <label htmlFor="set-qr">{t('staff.settings.qrBaseUrl')}</label>
            <input id="set-qr" value={s.kiosk.qrBaseUrl ?? ''} placeholder="https://" aria-describedby="set-qr-hint" onChange={(e) => setS({ ...s, kiosk: { ...s.kiosk, qrBaseUrl: e.target.value } })} />
            <small id="set-qr-hint" className="hint">{t('staff.settings.qrHint')}</small>
          </div>
          {number('copyFeeBaht', t('staff.settings.copyFee'), t('staff.settings.bahtPerPage'))}
          {number('certifiedCopyFeeBaht', t('staff.settings.certifiedFee'), t('staff.settings.bahtPerPage'))}
          {number('retentionYears', t('staff.settings.retention'), t('staff.settings.retentionHint'))}
        </div>
        {check('allowPrint', t('staff.settings.allowPrint'))}
        {check('surveyEnabled', t('staff.settings.surveyEnabled'))}
      </section>
      <Feedback outcome={outcome} />
      <p className="hint">{t('staff.settings.appliesAfterReset')}</p>
      <div className="button-row sticky-actions"><button type="submit" className="button primary big" disabled={busy}>{busy ? t('staff.saving') : t('staff.save')}</button></div>
    </form>
  );
}
