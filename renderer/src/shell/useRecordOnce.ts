import { useEffect } from 'react';
import type { VisitEvent } from '../../../electron/contract/stats';
import { recordEvent } from './visit';

/** Records one event when a screen shows something (keyed, so it is not repeated on re-render). */
export function useRecordOnce(event: VisitEvent | undefined) {
  const key = event ? JSON.stringify(event) : '';
  useEffect(() => {
    if (event) recordEvent(event);
  }, [key]);
}
