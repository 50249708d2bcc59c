import type { ReactElement } from 'react';
import { AccountsScreen } from './AccountsScreen';
import { AuditScreen } from './AuditScreen';
import { DashboardScreen } from './DashboardScreen';
import { ReportPrintScreen, ReportsScreen } from '../admin/ReportsScreen';
import { FleetScreen } from '../admin/FleetScreen';
import { DocumentEditorScreen } from './DocumentEditor';
import { DocumentsScreen } from './DocumentsScreen';
import { ImportScreen } from './ImportScreen';
import { MyPinScreen } from './MyPinScreen';
import { ServiceEditorScreen } from './ServiceEditor';
import { ServicesScreen } from './ServicesScreen';
import { SettingsScreen } from './SettingsScreen';
import { HolidaysScreen } from './registers/HolidaysScreen';
import { RegisterDetailScreen } from './registers/RegisterDetailScreen';
import { RegisterEntryScreen } from './registers/RegisterEntryScreen';
import { RegistersScreen } from './registers/RegistersScreen';

/**
 * Staff screens: `name` keys the nav label (staff.nav.<name>); `adminOnly` hides it from staff;
 * `inNav: false` for a screen reached from another (an editor) rather than from the nav.
 */
export interface StaffRoute { path: string; name: string; element: ReactElement; adminOnly?: boolean; inNav?: boolean }

export const staffRoutes: StaffRoute[] = [
  { path: '', name: 'dashboard', element: <DashboardScreen /> },
  { path: 'documents', name: 'documents', element: <DocumentsScreen /> },
  { path: 'documents/new', name: 'documents', element: <DocumentEditorScreen key="new" />, inNav: false },
  { path: 'documents/:id', name: 'documents', element: <DocumentEditorScreen key="edit" />, inNav: false },
  { path: 'services', name: 'services', element: <ServicesScreen /> },
  { path: 'services/new', name: 'services', element: <ServiceEditorScreen key="new" />, inNav: false },
  { path: 'services/:id', name: 'services', element: <ServiceEditorScreen key="edit" />, inNav: false },
  { path: 'registers', name: 'registers', element: <RegistersScreen /> },
  { path: 'registers/new', name: 'registers', element: <RegisterEntryScreen />, inNav: false },
  { path: 'registers/:id', name: 'registers', element: <RegisterDetailScreen />, inNav: false },
  { path: 'import', name: 'import', element: <ImportScreen /> },
  { path: 'audit', name: 'audit', element: <AuditScreen />, adminOnly: true },
  { path: 'reports', name: 'reports', element: <ReportsScreen />, adminOnly: true },
  { path: 'reports/print', name: 'reports', element: <ReportPrintScreen />, adminOnly: true, inNav: false },
  { path: 'holidays', name: 'holidays', element: <HolidaysScreen />, adminOnly: true },
  { path: 'fleet', name: 'fleet', element: <FleetScreen />, adminOnly: true },
  { path: 'settings', name: 'settings', element: <SettingsScreen />, adminOnly: true },
  { path: 'accounts', name: 'accounts', element: <AccountsScreen />, adminOnly: true },
  { path: 'me', name: 'me', element: <MyPinScreen /> },
];
