import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * After `idleSeconds` without a touch, a countdown overlay; touching it keeps the visit going,
 * letting it run out calls `onReset`, which remounts the whole app so nothing of the visit stays.
 */
export function IdleReset({ idleSeconds, staffIdleSeconds, countdownSeconds, onReset, active }: { idleSeconds: number; staffIdleSeconds: number; countdownSeconds: number; onReset: () => void; active: boolean }) {
  const { t } = useTranslation();
  const [remaining, setRemaining] = useState<number | undefined>(undefined);
  const lastActivity = useRef(Date.now());
  // Until when the countdown waits for the click of a touch on it (see `hold` below).
  const holdUntil = useRef(0);

  useEffect(() => {
    const touched = (e: Event) => {
      // A touch on the countdown is the countdown's own (below): going away on its pointerdown
      // would let the click that ends the tap land on, and open, whatever lies underneath.
      if ((e.type === 'pointerdown' || e.type === 'touchstart') && (e.target as Element | null)?.closest?.('.idle-overlay')) return;
      lastActivity.current = Date.now(); setRemaining(undefined);
    };
    for (const e of ACTIVITY) window.addEventListener(e, touched, { capture: true, passive: true });
    return () => { for (const e of ACTIVITY) window.removeEventListener(e, touched, { capture: true }); };
  }, []);

  useEffect(() => {
    if (!active) return;
    const timer = window.setInterval(() => {
      if (Date.now() < holdUntil.current) return;
      const idle = (Date.now() - lastActivity.current) / 1000;
      const limit = window.location.hash.startsWith('#/staff') ? staffIdleSeconds : idleSeconds;
      if (idle < limit) return setRemaining(undefined);
      const left = Math.ceil(limit + countdownSeconds - idle);
      if (left <= 0) { lastActivity.current = Date.now(); setRemaining(undefined); onReset(); } else setRemaining(left);
    }, 250);
    return () => window.clearInterval(timer);
  }, [active, idleSeconds, staffIdleSeconds, countdownSeconds, onReset]);

  // A finger on the countdown keeps the visit at once, but the overlay stays until its click (or
  // a moment after the finger lifts, for a touch that slid and makes no click) and takes that click.
  const hold = (ms: number) => { lastActivity.current = Date.now(); holdUntil.current = Date.now() + ms; };
  const stay = () => { holdUntil.current = 0; lastActivity.current = Date.now(); setRemaining(undefined); };

  if (remaining === undefined) return null;
  return (
    <div className="idle-overlay" role="alertdialog" aria-modal="true" aria-labelledby="idle-title"
      onPointerDown={() => hold(60_000)} onPointerUp={() => hold(500)} onPointerCancel={stay} onClick={stay}>
      <div className="idle-box">
        <h2 id="idle-title">{t('idle.title')}</h2>
        {/* The seconds in large figures: readable from a step back, without glasses. */}
        <p className="idle-seconds" aria-hidden="true">{remaining}</p>
        <p className="idle-count" aria-live="assertive">{t('idle.text', { seconds: remaining })}</p>
        <button type="button" className="button primary big">{t('idle.stay')}</button>
      </div>
    </div>
  );
}
