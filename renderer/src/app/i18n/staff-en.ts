import type { StaffDictionary } from './staff-th';

export const staffEn: StaffDictionary = {
  title: 'Staff mode', exit: 'Back to the public screen', signOut: 'Sign out', signedInAs: 'Signed in: {{name}} ({{role}})',
  roles: { staff: 'Staff', admin: 'Administrator' },
  pin: { pin: 'PIN', delete: 'Delete digit', clear: 'Clear', submit: 'OK' },
  login: { title: 'Staff sign-in', pick: 'Choose your name', enterPin: 'Enter the PIN of {{name}}', other: 'Choose another name' },
  setup: { title: 'Set up the first administrator', text: 'There are no accounts yet. Set the name and PIN (at least 6 digits) of the first administrator.', name: 'Full name', pinAgain: 'Enter the PIN again', mismatch: 'The two PINs differ' },
  nav: { dashboard: 'To-do', documents: 'Documents', services: 'Service manuals', import: 'Import / export', audit: 'Audit trail', reports: 'Statistics and reports', settings: 'Settings', accounts: 'Accounts' },
  dashboard: {
    title: 'To keep the index complete and current', asOf: 'As of {{date}}', missingMonths: 'Months without a procurement summary (SKR.1)',
    pastReview: 'Documents past their review date', needsText: 'Documents whose text cannot be searched', emptyCategories: 'Categories with no documents',
    none: 'None ✓', categories: 'Documents per category', category: 'Category', count: 'Count', newest: 'Newest',
    reason: { no_file: 'No file', scan_without_text: 'Scanned PDF without text' },
  },
  notices: 'System notices',
  sample: 'The kiosk is showing the sample catalogue', clearSample: 'Clear the sample',
};
