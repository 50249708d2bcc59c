import { yearForReader } from '../../../../electron/contract/thaiCalendar';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HolidayRowProblem, RegisterSettings } from '../../../../electron/contract/registers';
import type { Holiday } from '../../../../electron/contract/workingDays';
import { call, CallFailed } from '../../shell/client';
import { formatDate } from '../../shell/format';
import { useCall } from '../../base/useCall';
import { Loaded } from '../../base/Loading';
import { BeDateInput, type BeDateValue } from '../../shell/BeDateInput';
import { useErrorText } from '../errorText';
import { Feedback, useBothLanguages, type Outcome } from '../Feedback';
import { ConfirmDialog } from '../ConfirmDialog';
import { FileButton } from '../FileButton';
import './staff-registers.css';

/** The legal clock's holiday table (edit, import CSV/iCalendar), the registers' deadlines, and retention. */
export function HolidaysScreen() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const errorText = useErrorText();
  // The year shown first is the kiosk's (Bangkok) today, from the service: screens read no clock of their own.
  const today = useCall('registers.dashboard', {});
  const [chosen, setChosen] = useState<number>();
  const year = chosen ?? (today.status === 'ok' ? Number(today.value.asOf.slice(0, 4)) : undefined);
  const holidays = useCall('holidays.list', year === undefined ? undefined : { year });
  const reload = holidays.reload;
  const [date, setDate] = useState<BeDateValue>('');
  const [nameTh, setNameTh] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [round, setRound] = useState(0);
  const [result, setResult] = useState<Outcome>();
  const [rows, setRows] = useState<string[]>([]);
  const [removing, setRemoving] = useState<Holiday>();
  /** A file that would also remove holidays it does not list: asked once more before it replaces the year(s). */
  const [replacing, setReplacing] = useState<{ text: string; format: 'csv' | 'ics'; removes: Holiday[]; changed: boolean }>();
  const act = async (work: () => Promise<string>) => {
    setResult(undefined); setRows([]);
    try { setResult({ kind: 'done', text: await work() }); reload(); } catch (error) {
      setResult({ kind: 'error', error: errorText(error) });
      const details = error instanceof CallFailed && Array.isArray(error.error.details) ? error.error.details as Partial<HolidayRowProblem>[] : [];
      // Each row in the staff's language; `problem` (both) from a kiosk older than the worded report.
      setRows(details.filter((d) => typeof d.row === 'number').map((d) => t('registers.staff.rowProblem', { row: d.row, problem: (lang === 'en' ? d.en : d.th) ?? d.problem })));
    }
  };
  /** `confirmed`: the dates the dialog listed as going (a confirmed replacement). */
  const importText = (text: string, format: 'csv' | 'ics', confirmed?: string[]) => act(async () => {
    try {
      const answer = await call('holidays.import', { text, format, replace: confirmed !== undefined, ...(confirmed ? { removes: confirmed } : {}) });
      return t('registers.staff.imported', { count: answer.holidays, years: answer.years.map((y) => yearForReader(y, lang)).join(', ') });
    } catch (error) {
      const removes = error instanceof CallFailed && error.error.code === 'conflict' ? (error.error.details as { removes?: Holiday[] } | undefined)?.removes : undefined;
      // Refused again after a confirmation: the table changed since the list was shown (another administrator).
      if (removes?.length) setReplacing({ text, format, removes, changed: confirmed !== undefined });
      throw error;
    }
  });
  const importFile = async (file: File | undefined) => file && importText(await file.text(), /\.ics$/i.test(file.name) ? 'ics' : 'csv');
  return (
    <div className="registers holidays">
      <h1>{t('registers.staff.holidaysTitle')}</h1>
      <label className="field"><span>{t('registers.staff.year')}</span>
        <select value={year ?? ''} onChange={(e) => setChosen(Number(e.target.value))}>
          {year !== undefined && [year - 1, year, year + 1, year + 2].map((y) => <option key={y} value={y}>{yearForReader(y, lang)}</option>)}
        </select>
      </label>
      <Loaded state={holidays}>
        {(list) => (
          <table className="data-table">
            <thead><tr><th scope="col">{t('registers.staff.date')}</th><th scope="col">{t('registers.staff.nameTh')}</th><th scope="col">{t('registers.staff.nameEn')}</th><th /></tr></thead>
            <tbody>{list.map((h) => (
              <tr key={h.date}><td>{formatDate(h.date, lang)}</td><td>{h.nameTh}</td><td>{h.nameEn}</td>
                <td><button type="button" className="button tool" onClick={() => setRemoving(h)}>{t('registers.staff.remove')}</button></td></tr>
            ))}</tbody>
          </table>
        )}
      </Loaded>
      <form className="filter-bar" onSubmit={(e) => { e.preventDefault(); void act(async () => { await call('holidays.set', { date: date === 'invalid' ? '' : date, nameTh, ...(nameEn ? { nameEn } : {}) }); setRound((n) => n + 1); setNameTh(''); setNameEn(''); return t('registers.staff.moved'); }); }}>
        <BeDateInput key={round} label={t('registers.staff.date')} value="" onChange={setDate} required />
        <label className="field grow"><span>{t('registers.staff.nameTh')}</span><input value={nameTh} onChange={(e) => setNameTh(e.target.value)} /></label>
        <label className="field grow"><span>{t('registers.staff.nameEn')}</span><input value={nameEn} onChange={(e) => setNameEn(e.target.value)} /></label>
        <button type="submit" className="button primary">{t('registers.staff.add')}</button>
      </form>
      <h2>{t('registers.staff.importFile')}</h2>
      <p className="note">{t('registers.staff.csvHelp')}</p>
      <FileButton label={t('registers.staff.importFile')} accept=".csv,.ics,text/csv,text/calendar" onChoose={importFile} />
      <Feedback outcome={result} />
      {rows.length > 0 && <ul className="plain-list row-problems">{rows.map((r) => <li key={r}>{r}</li>)}</ul>}
      <ClockSettings />
      {replacing && (
        <ConfirmDialog title={`${replacing.changed ? `${t('registers.staff.replaceChanged')} ` : ''}${t('registers.staff.replaceConfirm', { count: replacing.removes.length })}`}
          confirmLabel={t('registers.staff.replace')} cancelLabel={t('staff.cancel')} danger
          onCancel={() => setReplacing(undefined)}
          onConfirm={() => { const { text, format, removes } = replacing; setReplacing(undefined); void importText(text, format, removes.map((h) => h.date)); }}>
          <ul className="plain-list replaced-days">{replacing.removes.map((h) => <li key={h.date}>{formatDate(h.date, lang)} · {h.nameTh}</li>)}</ul>
        </ConfirmDialog>
      )}
      {removing && (
        // A removed holiday moves every due date across it: asked once more, on the screen.
        <ConfirmDialog title={t('registers.staff.removeConfirm', { name: removing.nameTh, date: formatDate(removing.date, lang) })} confirmLabel={t('registers.staff.remove')} cancelLabel={t('staff.cancel')} danger
          onCancel={() => setRemoving(undefined)}
          onConfirm={() => { const date = removing.date; setRemoving(undefined); void act(async () => { await call('holidays.remove', { date }); return t('registers.staff.moved'); }); }} />
      )}
    </div>
  );
}

function ClockSettings() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const settings = useCall('registers.settings', {});
  const reload = settings.reload;
  const [result, setResult] = useState<Outcome>();
  const both = useBothLanguages();
  return (
    <Loaded state={settings}>
      {(current) => <ClockForm key={JSON.stringify(current)} current={current} result={result} onSave={async (next) => {
        try { const saved = await call('registers.updateSettings', next); setResult(saved.unchanged ? { kind: 'done', ...both('staff.editor.unchanged') } : { kind: 'done', text: t('registers.staff.moved') }); reload(); } catch (error) { setResult({ kind: 'error', error: errorText(error) }); }
      }} onErase={async () => {
        try { const { erased } = await call('registers.erasePersonal', {}); setResult({ kind: 'done', text: t('registers.staff.erasedCount', { count: erased.length }) }); } catch (error) { setResult({ kind: 'error', error: errorText(error) }); }
      }} />}
    </Loaded>
  );
}

function ClockForm({ current, result, onSave, onErase }: { current: RegisterSettings; result: Outcome; onSave: (next: RegisterSettings) => void; onErase: () => void }) {
  const { t } = useTranslation();
  const [next, setNext] = useState(current);
  const period = (kind: 'request' | 'complaint', label: string) => (
    <div className="filter-bar">
      <label className="field"><span>{label}</span><input type="number" min={1} max={365} value={next[kind].days} onChange={(e) => setNext({ ...next, [kind]: { ...next[kind], days: Number(e.target.value) } })} /></label>
      <label className="field"><span>{t('registers.staff.unit')}</span>
        <select value={next[kind].unit} onChange={(e) => setNext({ ...next, [kind]: { ...next[kind], unit: e.target.value as 'working' | 'calendar' } })}>
          <option value="working">{t('registers.staff.working')}</option><option value="calendar">{t('registers.staff.calendar')}</option>
        </select>
      </label>
    </div>
  );
  return (
    <section aria-labelledby="clock-settings">
      <h2 id="clock-settings">{t('registers.staff.clock')}</h2>
      <form onSubmit={(e) => { e.preventDefault(); onSave(next); }}>
        {period('request', t('registers.staff.requestDays'))}
        {period('complaint', t('registers.staff.complaintDays'))}
        <div className="filter-bar">
          <label className="field"><span>{t('registers.staff.ackDays')}</span><input type="number" min={1} max={3} value={next.complaintAcknowledgeDays} onChange={(e) => setNext({ ...next, complaintAcknowledgeDays: Number(e.target.value) })} /></label>
          <label className="field"><span>{t('registers.staff.retentionMonths')}</span><input type="number" min={1} max={240} value={next.retentionMonths} onChange={(e) => setNext({ ...next, retentionMonths: Number(e.target.value) })} /></label>
        </div>
        <label className="field"><span>{t('registers.staff.statusUrl')}</span><input type="url" value={next.statusUrl ?? ''} onChange={(e) => setNext({ ...next, ...(e.target.value ? { statusUrl: e.target.value } : { statusUrl: undefined }) })} /></label>
        <div className="actions">
          <button type="submit" className="button primary">{t('registers.staff.saveSettings')}</button>
          <button type="button" className="button" onClick={onErase}>{t('registers.staff.erase')}</button>
        </div>
      </form>
      <Feedback outcome={result} />
    </section>
  );
}
