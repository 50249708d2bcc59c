import type { AuditWords } from './staff-audit-th';

/** Words of the audit trail screen (English); see staff-audit-th.ts. */
export const auditWordsEn: AuditWords = {
  actions: {
    documents: {
      label: 'Documents',
      items: { 'documents.save': 'Document saved', 'documents.attachPdf': 'PDF attached', 'documents.retire': 'Document retired', 'documents.restore': 'Document published again', 'documents.delete': 'Document deleted for good' },
    },
    services: {
      label: 'Service manuals',
      items: { 'services.save': 'Service manual saved', 'services.retire': 'Service manual retired', 'services.restore': 'Service manual published again' },
    },
    import: { label: 'Import', items: { 'import.apply': 'Import from a file' } },
    catalogue: { label: 'Index', items: { 'catalogue.clearSample': 'Sample data cleared' } },
    fleet: { label: 'Head office (fleet)', items: { 'fleet.apply': 'Central catalogue changes applied (replication)' } },
    settings: { label: 'Settings', items: { 'settings.update': 'Settings changed' } },
    staff: {
      label: 'Accounts and sign-in',
      items: {
        'staff.setupFirstAdmin': 'First administrator set up', 'staff.createAccount': 'Account added', 'staff.updateAccount': 'Account changed',
        'staff.resetPin': 'PIN reset for a user', 'staff.unlock': 'Account unlocked', 'staff.changeOwnPin': 'Own PIN changed',
        'staff.login': 'Staff sign-in', 'staff.verifyAdminPin': 'Administrator PIN to leave kiosk mode',
      },
    },
    system: { label: 'System', items: { 'system.storeRecovered': 'Data file recovered at start-up', 'system.auditRepair': 'End of the audit file repaired', 'system.unitNotApplied': 'A change was recorded but not saved (nothing of it is in the data)' } },
  },
  allActions: 'All actions',
  allOfGroup: 'All: {{group}}',
  fields: {
    id: 'Id', title: 'Title', category: 'Category', published: 'Publication date', unit: 'Responsible unit', keywords: 'Keywords',
    summary: 'Summary', body: 'Text (typed by hand)', url: 'Public link', reviewBy: 'Review by', paperLocation: 'Paper original kept at',
    unitEn: 'Responsible unit (English)', paperLocationEn: 'Paper original kept at (English)',
    status: 'Publication status', createdAt: 'Created', updatedAt: 'Last changed',
    file: 'PDF file', 'file.name': 'PDF file name', 'file.sha256': 'PDF file id (sha256)', 'file.bytes': 'PDF size (bytes)', 'file.pages': 'PDF pages', 'file.hasText': 'PDF text searchable',
    draftKey: 'Editor draft key',
    description: 'Description', steps: 'Service steps', fees: 'Fees', documents: 'Documents', channels: 'Where to go / channels',
    services: 'Service manuals', sample: 'Sample data',
    name: 'Name', role: 'Role', disabled: 'Disabled', failures: 'Wrong PINs in a row', lockedUntil: 'Locked until',
    rows: 'Rows', added: 'Added', updated: 'Updated', unchanged: 'Unchanged (count)', files: 'PDF files',
    'agency.name': 'Agency name', 'agency.shortName': 'Agency short name', 'agency.logo': 'Agency logo',
    'centre.name': 'Information centre name', 'centre.hours': 'Opening hours', 'centre.location': 'Location', 'centre.executive': 'Responsible executive',
    'centre.staff': 'Centre staff', 'centre.phone': 'Telephone', 'centre.requestInfo': 'How to request information', 'centre.complaintChannels': 'Complaint channels',
    'kiosk.idleSeconds': 'Back to home when idle (seconds)', 'kiosk.countdownSeconds': 'Countdown before home (seconds)', 'kiosk.qrBaseUrl': 'Web address for QR codes',
    'kiosk.allowPrint': 'Printing allowed', 'kiosk.surveyEnabled': 'Satisfaction survey', 'kiosk.copyFeeBaht': 'Copy fee (baht/page)', 'kiosk.certifiedCopyFeeBaht': 'Certified copy fee (baht/page)',
    'stats.retentionYears': 'Keep usage statistics (years)',
  },
  languages: { th: 'Thai', en: 'English' },
  roles: { admin: 'Administrator', staff: 'Staff' },
  statuses: { active: 'Published', retired: 'Retired' },
  yes: 'yes', no: 'no',
  targets: {
    document: 'Document', service: 'Service manual', account: 'Account', import: 'Imported file', store: 'Data file',
    settings: 'Settings', catalogue: 'Index', audit: 'Audit trail', kiosk: 'Kiosk',
  },
  notes: {
    fixed: {},
    deleted: 'deleted: {{reason}}',
    import: 'import {{file}}',
    wrongPin: 'wrong PIN for {{name}}; {{left}} attempts left',
    lockedNow: 'wrong PIN for {{name}}; account locked until {{until}}',
    whileLocked: 'attempt while locked until {{until}}',
    exitWrong: 'exit gate: wrong PIN counted against {{name}}',
    exitLocked: 'exit gate: {{name}} locked until {{until}}',
    wrongPinOf: 'wrong PIN for {{name}}', inARow: '{{count}} in a row', nextTry: 'next try not before {{until}}',
    refusedBefore: '{{count}} attempts refused while waiting before this',
    refusedWhileWaiting: 'attempts refused unchecked while waiting until {{until}} (counted in the next entry)',
  },
};
