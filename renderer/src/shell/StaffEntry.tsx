import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';

const TAPS = 5;
const WITHIN_MS = 3000;

/**
 * The hidden way into staff mode: five taps on the agency mark within three seconds, or
 * Ctrl+Alt+S on a physical keyboard. It only opens the PIN screen; the PIN is the lock.
 */
export function StaffEntry() {
  const navigate = useNavigate();
  const taps = useRef<number[]>([]);
  useEffect(() => {
    // Counted on click (a tap ends in one), in the capture phase: the fifth is kept from the agency
    // link, whose own "go home" would otherwise run after this navigation and undo it.
    const onTap = (e: MouseEvent) => {
      if (!(e.target as Element | null)?.closest?.('.agency-mark')) return;
      const now = Date.now();
      taps.current = [...taps.current.filter((t) => now - t < WITHIN_MS), now];
      if (taps.current.length >= TAPS) { taps.current = []; e.preventDefault(); navigate('/staff'); }
    };
    const onKey = (e: KeyboardEvent) => { if (e.ctrlKey && e.altKey && e.key.toLowerCase() === 's') navigate('/staff'); };
    window.addEventListener('click', onTap, { capture: true });
    window.addEventListener('keydown', onKey);
    return () => { window.removeEventListener('click', onTap, { capture: true }); window.removeEventListener('keydown', onKey); };
  }, [navigate]);
  return null;
}
