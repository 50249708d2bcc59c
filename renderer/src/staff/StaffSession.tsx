import { createContext, useContext } from 'react';
import type { LoginAnswer } from '../../../electron/contract/staff';

/** The signed-in staff member; absent outside staff mode. */
export interface StaffSessionValue {
  session: LoginAnswer;
  signOut: () => void;
}
export const StaffSessionContext = createContext<StaffSessionValue | undefined>(undefined);

export function useStaffSession(): StaffSessionValue {
  const value = useContext(StaffSessionContext);
  if (!value) throw new Error('useStaffSession outside staff mode');
  return value;
}

export const isAdmin = (s: StaffSessionValue) => s.session.actor.role === 'admin';
