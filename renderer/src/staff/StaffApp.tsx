import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Route, Routes } from 'react-router';
import type { LoginAnswer } from '../../../electron/contract/staff';
import { call, setStaffSession } from '../shell/client';
import { StaffGate } from './StaffGate';
import { StaffSessionContext, type StaffSessionValue } from './StaffSession';
import { staffRoutes } from './routes';

/**
 * Staff mode: the gate (first admin or PIN), then the index-keeping screens. The session lives
 * only in memory: leaving staff mode, the kiosk's idle reset or 5 idle minutes end it.
 */
export function StaffApp() {
  const { t } = useTranslation();
  const [session, setSession] = useState<LoginAnswer>();

  const signOut = useCallback(() => {
    setSession((current) => {
      if (current) void call('staff.logout', { token: current.token }).catch(() => {});
      return undefined;
    });
    setStaffSession(undefined);
  }, []);
  useEffect(() => () => signOut(), [signOut]); // leaving staff mode (or an idle reset) signs out

  if (!session) {
    return (
      <div className="staff">
        <StaffBar />
        <StaffGate onSignedIn={(answer) => { setStaffSession(answer.token); setSession(answer); }} />
      </div>
    );
  }
  const value: StaffSessionValue = { session, signOut };
  const visible = staffRoutes.filter((r) => !r.adminOnly || session.actor.role === 'admin');
  return (
    <StaffSessionContext.Provider value={value}>
      <div className="staff">
        <StaffBar name={session.actor.name} role={t(`staff.roles.${session.actor.role}`)} onSignOut={signOut} />
        {session.notices.length > 0 && (
          <section className="notices" role="alert" aria-label={t('staff.notices')}>
            <ul>{session.notices.map((n, i) => <li key={i}>{n}</li>)}</ul>
          </section>
        )}
        <div className="staff-body">
          <nav className="staff-nav" aria-label={t('staff.title')}>
            {visible.filter((r) => r.inNav !== false).map((r) => <NavLink key={r.path} end={r.path === ''} to={`/staff/${r.path}`} className="button nav-item">{t(`staff.nav.${r.name}`)}</NavLink>)}
          </nav>
          <section className="staff-screen">
            <Routes>
              {visible.map((r) => <Route key={r.path} path={r.path} element={r.element} />)}
            </Routes>
          </section>
        </div>
      </div>
    </StaffSessionContext.Provider>
  );
}

function StaffBar({ name, role, onSignOut }: { name?: string; role?: string; onSignOut?: () => void }) {
  const { t } = useTranslation();
  return (
    <header className="staff-bar">
      <strong>{t('staff.title')}</strong>
      {name && <span>{t('staff.signedInAs', { name, role })}</span>}
      <span className="spacer" />
      {onSignOut && <button type="button" className="button tool" onClick={onSignOut}>{t('staff.signOut')}</button>}
      <Link to="/" className="button tool">{t('staff.exit')}</Link>
    </header>
  );
}
