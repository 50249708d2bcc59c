import { createContext, useContext } from 'react';
import type { Settings } from '../../../electron/contract/settings';

export interface Preferences { textSize: 1 | 2 | 3; highContrast: boolean }

/** What every screen may read: the settings and the visitor's display preferences. */
export interface KioskContextValue {
  settings: Settings;
  preferences: Preferences;
  setPreferences: (next: Preferences) => void;
}

export const KioskContext = createContext<KioskContextValue | undefined>(undefined);

export function useKiosk(): KioskContextValue {
  const value = useContext(KioskContext);
  if (!value) throw new Error('useKiosk outside KioskContext');
  return value;
}
