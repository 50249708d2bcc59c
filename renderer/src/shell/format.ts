import { bangkokTimeText } from '../../../electron/contract/thaiCalendar';

/** Date and time of an instant, in Bangkok time: the one formatter of every time a screen shows. */
export const formatTime = bangkokTimeText;

/** Dates as citizens read them: Buddhist Era in Thai, Common Era in English. */
export function formatDate(iso: string | undefined, language: string, style: 'long' | 'short' = 'long'): string {
  if (!iso) return '';
  const date = new Date(`${iso}T00:00:00+07:00`);
  const locale = language === 'en' ? 'en-GB' : 'th-TH-u-ca-buddhist';
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: style, year: 'numeric', timeZone: 'Asia/Bangkok' }).format(date);
}

export const monthName = (month: number, language: string) =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'th-TH', { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, 1)));

/**
 * Numbers the interface writes itself (counts, dates, section numbers of its own labels) use Arabic
 * digits in both languages, the norm of Thai government web services. Documents keep their own digits.
 */
export const arabicDigits = (text: string) => text.replace(/[\u0E50-\u0E59]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
