import { useCallback, useEffect, useState } from 'react';
import { HashRouter, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../electron/contract/settings';
import { call, onKioskEvent } from './client';
import { setLanguage } from './i18n';
import { IdleReset } from './IdleReset';
import { RouteRecorder } from './RouteRecorder';
import { Survey } from './Survey';
import { answerSurvey, endVisit, ensureVisit } from './visit';
import { forgetVisitHistory } from './visitHistory';
import { VisitMemory } from './visitMemory';
import { KioskContext, type Preferences } from './KioskContext';
import { KioskHeader } from './KioskHeader';
import { kioskRoutes } from '../kiosk/routes';
import { StaffApp } from '../staff/StaffApp';
import { StaffEntry } from './StaffEntry';

/** Staff are interrupted often: their screens wait 5 minutes before the reset signs them out. */
const STAFF_IDLE_SECONDS = 300;
const MODIFIER_KEYS = new Set(['Control', 'Alt', 'AltGraph', 'Shift', 'Meta', 'OS']);
const defaultPreferences: Preferences = { textSize: 1, highContrast: false };

/** The shell: settings, preferences, routes, and the idle reset that wipes a visit. */
export function App() {
  const { t } = useTranslation();
  const [settings, setSettings] = useState<Settings>();
  const [failed, setFailed] = useState<string>();
  const [visit, setVisit] = useState(0);
  const [preferences, setPreferences] = useState(defaultPreferences);

  useEffect(() => {
    call('settings.get', {}).then(setSettings, (e: Error) => setFailed(e.message));
  }, [visit]);

  const [surveying, setSurveying] = useState(false);

  // A visit starts at the first touch after the attract (home) screen. Staff at work are not
  // citizens' visits: touches in staff mode, on the agency mark (the hidden way in) and the
  // Ctrl+Alt shortcut start none, or every sign-in would count as a visit in the reports. The
  // shortcut's Ctrl goes down alone first: a modifier key by itself is nobody's touch either.
  useEffect(() => {
    const start = (e: Event) => {
      if (window.location.hash.startsWith('#/staff')) return;
      if ((e.target as Element | null)?.closest?.('.agency-mark')) return;
      if (e instanceof KeyboardEvent && ((e.ctrlKey && e.altKey) || MODIFIER_KEYS.has(e.key))) return;
      ensureVisit();
    };
    window.addEventListener('pointerdown', start, { capture: true });
    window.addEventListener('keydown', start, { capture: true });
    return () => { window.removeEventListener('pointerdown', start, { capture: true }); window.removeEventListener('keydown', start, { capture: true }); };
  }, []);

  const reset = useCallback((reason: 'idle' | 'home' | 'survey' = 'idle') => {
    endVisit(reason);
    setSurveying(false);
    setLanguage('th');
    setPreferences(defaultPreferences);
    window.getSelection()?.removeAllRanges();
    // Home, with no history of the visit to go Back to; then remount every screen: search text,
    // filters, scroll, PDF and keyboard are gone.
    void forgetVisitHistory().then(() => setVisit((v) => v + 1));
  }, []);
  useEffect(() => onKioskEvent('reset', () => reset('idle')), [reset]);
  const finish = useCallback(() => (settings?.kiosk.surveyEnabled ? setSurveying(true) : reset('home')), [settings, reset]);

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.textSize = String(preferences.textSize);
    root.dataset.theme = preferences.highContrast ? 'contrast' : 'default';
  }, [preferences]);

  if (failed) return <main className="fatal"><h1>{t('app.error')}</h1><p>{failed}</p><button className="button big" onClick={() => window.location.reload()}>{t('app.retry')}</button></main>;
  if (!settings) return <main className="loading" aria-busy="true">{t('app.loading')}</main>;

  return (
    <KioskContext.Provider value={{ settings, preferences, setPreferences }}>
      <HashRouter key={visit}>
        <VisitMemory>
          <div className="kiosk">
            <KioskHeader onFinish={finish} />
            <RouteRecorder />
            <StaffEntry />
            <main className="screen" id="main">
              <Routes>
                {kioskRoutes.map((r) => <Route key={r.path} path={r.path} element={r.element} />)}
                <Route path="/staff/*" element={<StaffApp />} />
              </Routes>
            </main>
          </div>
        </VisitMemory>
      </HashRouter>
      {surveying && <Survey onDone={(answer) => { answerSurvey(answer); reset('survey'); }} />}
      <IdleReset idleSeconds={settings.kiosk.idleSeconds} staffIdleSeconds={STAFF_IDLE_SECONDS} countdownSeconds={settings.kiosk.countdownSeconds} onReset={reset} active />
    </KioskContext.Provider>
  );
}
