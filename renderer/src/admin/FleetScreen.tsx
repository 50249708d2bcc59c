import { bangkokToday } from '../../../electron/contract/thaiCalendar';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ConsolidatedReport, FleetKiosk, SyncSummary } from '../../../electron/contract/fleet';
import type { PeriodInput, ReportFile } from '../../../electron/contract/reports';
import { offerDownload } from '../shell/appDownloads';
import { call, CallFailed } from '../shell/client';
import { formatTime } from '../shell/format';
import { pick } from '../shell/i18n';
import { useCall } from '../base/useCall';
import { Loaded } from '../base/Loading';
import { PeriodPicker } from './PeriodPicker';
import { periodFromParams, periodInputOf, periodParams } from './reportPeriod';
import { ReportView } from './ReportView';

/** Date and time as staff read them: Buddhist Era in Thai, Bangkok time. */
const whenText = (iso: string | undefined, language: string) =>
  iso ? formatTime(iso, language) : '–';
const fromBase64 = (base64: string): Uint8Array => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

/**
 * Administrators' view of the fleet (issue 16): this kiosk's link to the centre, every kiosk's
 * health from its heartbeat (silent ones in red), and the consolidated report per office and in total.
 */
export function FleetScreen() {
  const { t } = useTranslation();
  // A sync changes what the centre and this kiosk say: the keyed parts ask again.
  const [refresh, setRefresh] = useState(0);
  const [synced, setSynced] = useState<string>();
  return (
    <div className="fleet-screen">
      <h1>{t('fleet.title')}</h1>
      <FleetBody key={refresh} synced={synced} onSynced={(text) => { setSynced(text); setRefresh((n) => n + 1); }} />
    </div>
  );
}

function FleetBody({ synced, onSynced }: { synced?: string; onSynced: (text: string) => void }) {
  const { t, i18n } = useTranslation();
  const state = useCall('fleet.state', {});
  return (
      <Loaded state={state}>
        {(s) => !s.configured ? <p className="note">{t('fleet.notJoined')}</p> : (
          <>
            <section aria-labelledby="fleet-this" className="fleet-this">
              <h2 id="fleet-this">{t('fleet.thisKiosk')}</h2>
              <p>{t('fleet.joined', { role: t(`fleet.role.${s.role ?? 'kiosk'}`), kiosk: s.kioskId, office: s.office, central: s.central })}</p>
              <p>{s.lastSync ? t('fleet.lastSync', { when: whenText(s.lastSync, i18n.language) }) : t('fleet.neverSynced')}</p>
              {s.lastError && <p className="status error">{t('fleet.lastError', { error: s.lastError })}</p>}
              {s.refused.length > 0 && (
                <details className="status error" open>
                  <summary>{t('fleet.refused', { count: s.refused.length })}</summary>
                  <ul>{s.refused.map((r) => <li key={r.id}><code>{r.id}</code> {r.reason}</li>)}</ul>
                </details>
              )}
              <SyncButton last={synced} onDone={onSynced} />
            </section>
            <FleetHealth />
            <FleetReport />
          </>
        )}
      </Loaded>
  );
}

function SyncButton({ last, onDone }: { last?: string; onDone: (text: string) => void }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const result = last;
  const sync = async () => {
    setBusy(true);
    let text: string;
    try {
      const s: SyncSummary = await call('fleet.sync', {});
      text = s.errors[0] ?? t('fleet.synced', { pulled: s.pulled, ...s.applied, rollups: s.pushed.rollups });
    } catch (e) {
      text = e instanceof CallFailed ? pick({ th: e.error.messageTh, en: e.error.message }, i18n.language) : String(e);
    }
    setBusy(false);
    onDone(text);
  };
  return (
    <p className="choice-row">
      <button type="button" className="button" disabled={busy} onClick={() => void sync()}>{busy ? t('fleet.syncing') : t('fleet.syncNow')}</button>
      {result && <span role="status">{result}</span>}
    </p>
  );
}

function FleetHealth() {
  const { t, i18n } = useTranslation();
  const status = useCall('fleet.status', {});
  return (
    <section aria-labelledby="fleet-health">
      <h2 id="fleet-health">{t('fleet.health')}</h2>
      <Loaded state={status}>
        {(s) => (
          <>
            <p className="note">{t('fleet.revision', { revision: s.revision, when: whenText(s.checkedAt, i18n.language) })}</p>
            {s.kiosks.length === 0 ? <p>{t('fleet.noKiosks')}</p> : (
              <table className="data-table fleet-health">
                <thead><tr>
                  <th>{t('fleet.kiosk')}</th><th>{t('fleet.office')}</th><th>{t('fleet.version')}</th><th>{t('fleet.lastHeartbeat')}</th>
                  <th className="number">{t('fleet.lag')}</th><th>{t('fleet.errors')}</th>
                </tr></thead>
                <tbody>{s.kiosks.map((k) => <KioskRow key={k.kioskId} k={k} staleAfter={s.staleAfterMinutes} />)}</tbody>
              </table>
            )}
          </>
        )}
      </Loaded>
    </section>
  );
}

function KioskRow({ k, staleAfter }: { k: FleetKiosk; staleAfter: number }) {
  const { t, i18n } = useTranslation();
  const skewHours = Math.round(k.clockSkewSeconds / 360) / 10;
  return (
    <tr className={k.stale ? 'stale' : undefined}>
      <th scope="row">{k.kioskId}{k.role === 'publisher' ? ` (${t('fleet.role.publisher')})` : ''}</th>
      <td>{k.office}</td>
      <td>{k.appVersion}</td>
      <td>
        {whenText(k.lastHeartbeat, i18n.language)}
        <br /><strong>{k.stale ? t('fleet.stale', { minutes: staleAfter }) : t('fleet.ok')}</strong>
        {k.clockSkewed && <><br />{t('fleet.skew', { hours: skewHours })}</>}
      </td>
      <td className="number">{k.revisionLag}</td>
      <td>{k.errors24h}{k.lastError ? ` · ${k.lastError}` : ''}{k.refused ? ` · ${t('fleet.refused', { count: k.refused })}` : ''}</td>
    </tr>
  );
}

function FleetReport() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = periodFromParams(params);
  const report = useCall('fleet.report', asked ? { period: asked } : {});
  return (
    <section aria-labelledby="fleet-report">
      <h2 id="fleet-report">{t('fleet.report')}</h2>
      <Loaded state={report}>
        {(r) => {
          // The period the centre answered for (its current month when the address names none).
          const period = periodInputOf(r.total.period);
          return (
          <>
            <div className="report-controls">
              <PeriodPicker key={JSON.stringify(period)} value={period} today={bangkokToday(Date.parse(r.total.generatedAt))} onApply={(next) => setParams(periodParams(next))} />
            </div>
            <OfficeTable report={r} />
            <FleetExport period={period} offices={r.offices.map((o) => o.office)} />
            <ReportView model={r.total} />
          </>
          );
        }}
      </Loaded>
    </section>
  );
}

function OfficeTable({ report }: { report: ConsolidatedReport }) {
  const { t } = useTranslation();
  const line = (label: string, kiosks: number, m: ConsolidatedReport['total'], total = false) => (
    <tr key={label} className={total ? 'total' : undefined}>
      <th scope="row">{label}</th><td className="number">{kiosks}</td>
      <td className="number">{m.totals.visits.toLocaleString()}</td><td className="number">{m.totals.searches.toLocaleString()}</td><td className="number">{m.totals.documentViews.toLocaleString()}</td>
    </tr>
  );
  return (
    <table className="data-table fleet-offices" aria-label={t('fleet.byOffice')}>
      <thead><tr><th>{t('fleet.office')}</th><th className="number">{t('fleet.kiosks')}</th><th className="number">{t('fleet.visits')}</th><th className="number">{t('fleet.searches')}</th><th className="number">{t('fleet.documentViews')}</th></tr></thead>
      <tbody>
        {report.offices.map((o) => line(o.office, o.kiosks.length, o.model))}
        {line(t('fleet.total'), report.offices.reduce((n, o) => n + o.kiosks.length, 0), report.total, true)}
      </tbody>
    </table>
  );
}

function FleetExport({ period, offices }: { period: PeriodInput; offices: string[] }) {
  const { t, i18n } = useTranslation();
  const [office, setOffice] = useState('');
  const [note, setNote] = useState<string>();
  const exportAs = async (format: 'xlsx' | 'csv') => {
    try {
      const file: ReportFile = await call('fleet.export', { period, format, ...(office ? { office } : {}) });
      offerDownload(file.fileName, file.mimeType, fromBase64(file.base64));
      setNote(file.fileName);
    } catch (e) {
      setNote(e instanceof CallFailed ? pick({ th: e.error.messageTh, en: e.error.message }, i18n.language) : String(e));
    }
  };
  return (
    <div className="choice-row">
      <label>{t('fleet.exportOffice')}{' '}
        <select value={office} onChange={(e) => setOffice(e.target.value)}>
          <option value="">{t('fleet.allOffices')}</option>
          {offices.map((o) => <option key={o} value={o}>{o}</option>)}
        </select>
      </label>
      <button type="button" className="button" onClick={() => void exportAs('xlsx')}>{t('admin.reports.xlsx')}</button>
      <button type="button" className="button" onClick={() => void exportAs('csv')}>{t('admin.reports.csv')}</button>
      {note && <span role="status">{note}</span>}
    </div>
  );
}
