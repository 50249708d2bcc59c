import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { hasVisit, recordEvent } from './visit';

/** Screens seen during a visit, by their first path segment (home, search, doc, services …). */
export function RouteRecorder() {
  const { pathname } = useLocation();
  useEffect(() => {
    if (!hasVisit()) return;
    const name = pathname.split('/')[1] || 'home';
    if (/^[a-z][a-z-]{0,39}$/.test(name)) recordEvent({ type: 'screen', name });
  }, [pathname]);
  return null;
}
