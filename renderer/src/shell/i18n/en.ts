import { fleetEn } from './fleet-en';
import { adminEn } from './admin-en';
import { registersEn } from './registers-en';
import { staffEn } from './staff-en';
import type { Dictionary } from './th';

/** English interface text; same keys as th.ts (the type checks it). */
export const en: Dictionary = {
  app: { title: 'Official Information Centre', home: 'Home', back: 'Back', language: 'ภาษาไทย', languageName: 'Switch to Thai', loading: 'Loading…', error: 'Something went wrong', retry: 'Try again', inThai: '(in Thai)' },
  home: {
    welcome: 'Welcome', searchPlaceholder: 'Tap to search documents, services or information', searchLabel: 'Search official information',
    browse: 'Browse by category', documents: '{{count}} items', services: 'Public service manuals', servicesHint: 'Steps, time, fees and documents required',
    about: 'About this centre', aboutHint: 'Opening hours, location, contacts', request: 'Ask for information not here', requestHint: 'Request under Section 11',
    complaint: 'Complaints', complaintHint: 'How to complain', touchToStart: 'Touch the screen to start',
  },
  search: {
    badQuery: 'This search could not be run. Please use a shorter one, up to {{max}} characters.', title: 'Search', inputLabel: 'Search terms', placeholder: 'Documents, services or information', clear: 'Clear search', results: '{{count, number}} results', results_one: '{{count, number}} result', found: 'Search results', typeToSearch: 'Type with the keyboard below', tapToType: 'Tap the search box above to type',
    didYouMean: 'Did you mean', weak: 'Close matches', allGroups: 'All categories', allYears: 'All years', year: 'Year {{year}} BE',
    sortRelevance: 'Best match', sortNewest: 'Newest', sort: 'Sort by', filters: 'Filters', group: 'Category',
    noResultTitle: 'Nothing found', noResultText: 'Try other words, or browse by category',
    noResultRequest: 'If the information you need is not in this kiosk, you may request it in writing under Section 11 of the Official Information Act B.E. 2540 at the information centre desk. You do not need to give a reason.',
    referral: 'This is handled by', referralContact: 'Contact',
    pages: 'Result pages', pageRange: 'Results {{from, number}}–{{to, number}} of {{count, number}}', previousPage: 'Previous page', nextPage: 'Next page', closestGroup: 'Closest category', service: 'Service', more: 'Show more', foundIn: { title: 'Found in the Thai title', keyword: 'Found in keyword', category: 'Found in category', unit: 'Found in unit' },
    partial: 'The kiosk has just started and is still indexing document texts: titles, keywords and summaries were searched; full results in a few seconds.', updating: 'The kiosk is taking documents staff have just imported into its index: these results may not include them yet. It searches again in a few seconds.', correctedTo: 'Showing results for <b>{{corrected}}</b>', searchAsTyped: 'Search instead for {{typed}}', requestForm: 'Request information',
  },
  keyboard: { label: 'On-screen keyboard', thai: 'ไทย', english: 'ABC', digits: '123', shift: 'Shift', space: 'Space', backspace: 'Delete', enter: 'Search', thaiDigits: 'Thai digits', arabicDigits: 'Arabic digits', hide: 'Hide keyboard', show: 'Show keyboard' },
  browse: { title: 'Categories', empty: 'No documents in this category yet', procurementMonths: 'Monthly procurement summaries (SKR.1)', fiscalYear: 'Fiscal year {{year}} BE', chooseFiscalYear: 'Choose the fiscal year', currentYear: 'this year', missing: 'Not published', notDue: 'Not due yet', awaiting: 'Awaiting publication', awaitingBy: '(by {{date}})', available: 'Available',
    legend: 'Not published: the month has ended and its summary is overdue, not in the kiosk; ask the staff · Awaiting publication: a month just ended is summarised by the day shown · Not due yet: each month is summarised after it ends', shownOf: 'Showing {{shown, number}} of {{count, number}} documents', showMore: 'Show {{count, number}} more', otherProcurement: 'Plans, notices and reference prices' },
  document: {
    published: 'Published', unit: 'Responsible unit', category: 'Category', legal: 'Legal basis', summary: 'Summary', keywords: 'Keywords',
    paper: 'Paper original kept at', copy: 'Ask for a copy', copyText: 'Ask the centre staff for a copy: {{copy}} baht per page, certified copy {{certified}} baht per page',
    qr: 'Scan to open this document on your phone', related: 'Related documents', noFile: 'No file in the kiosk; ask the staff to see the original',
    fileMissing: 'Sorry, the file of this document is not available at this kiosk. Please ask the information centre staff', notFound: 'Document not found',
  },
  viewer: { label: 'PDF document', page: 'Page {{n}} / {{total}}', prev: 'Previous page', next: 'Next page', zoomIn: 'Zoom in', zoomOut: 'Zoom out', missing: 'The document file cannot be shown; please ask the staff', loading: 'Opening the document…',
    print: 'Print document', preparingPrint: 'Preparing to print…', printFailed: 'The document could not be printed; please ask the staff' },
  services: { title: 'Public service manuals', steps: 'Steps', step: 'Step {{n}}', time: 'Time', total: 'Total time', fees: 'Fees', noFee: 'No fee', baht: '{{amount}} baht', documents: 'Documents required', checklistQr: 'Scan to keep the list of documents on your phone', printChecklist: 'Print the list of documents', channels: 'Where to go / channels', unit: 'Responsible unit', minutes: '{{count}} min', hours: '{{count}} h', days: '{{count}} working days', days_one: '{{count}} working day', recurring: 'repeats after the service; not counted in the total time' },
  centre: { title: 'About this centre', hours: 'Opening hours', location: 'Location', executive: 'Responsible executive', staff: 'Centre staff', phone: 'Telephone', request: 'Requesting information', complaint: 'Complaint channels', complainInstead: 'Want to complain or report instead? See the complaint channels' },
  idle: { title: 'Are you still there?', text: 'Returning to the home screen in {{seconds}} seconds', stay: 'Touch to continue' },
  survey: {
    title: 'Thank you for visiting', who: 'Who are you?', how: 'How satisfied are you?', send: 'Send', skip: 'Skip',
    types: { insured: 'Insured person', employer: 'Employer', public: 'Member of the public', government: 'Government agency', other: 'Other' },
    levels: { 1: 'Very unhappy', 2: 'Unhappy', 3: 'Neutral', 4: 'Happy', 5: 'Very happy' },
  },
  staff: staffEn,
  admin: adminEn,
  registers: registersEn,
  fleet: fleetEn,
  finish: 'Finish',
  a11y: { tools: 'Screen controls', textSize: 'Text size', text: 'Text', smaller: 'Smaller', larger: 'Larger', textSmaller: 'Smaller text', textLarger: 'Larger text', contrast: 'High contrast' },
};
