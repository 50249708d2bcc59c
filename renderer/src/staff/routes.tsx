import type { ReactElement } from 'react';
import { DashboardScreen } from './DashboardScreen';

/** Staff screens: `name` keys the nav label (staff.nav.<name>); `adminOnly` hides it from staff. */
export interface StaffRoute { path: string; name: string; element: ReactElement; adminOnly?: boolean }

export const staffRoutes: StaffRoute[] = [
  { path: '', name: 'dashboard', element: <DashboardScreen /> },
];
