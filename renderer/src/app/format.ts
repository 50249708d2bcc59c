/** Dates as citizens read them: Buddhist Era in Thai, Common Era in English. */
export function formatDate(iso: string | undefined, language: string, style: 'long' | 'short' = 'long'): string {
  if (!iso) return '';
  const date = new Date(`${iso}T00:00:00+07:00`);
  const locale = language === 'en' ? 'en-GB' : 'th-TH-u-ca-buddhist';
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: style, year: 'numeric', timeZone: 'Asia/Bangkok' }).format(date);
}

export const toBuddhistYear = (ceYear: number) => ceYear + 543;

export const monthName = (month: number, language: string) =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'th-TH', { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, 1)));

/** Working minutes as the service manuals say them: minutes, hours, or 7-hour working days. */
export function durationParts(minutes: number): { key: 'minutes' | 'hours' | 'days'; count: number } {
  if (minutes >= 420) return { key: 'days', count: Math.round((minutes / 420) * 10) / 10 };
  if (minutes >= 60 && minutes % 60 === 0) return { key: 'hours', count: minutes / 60 };
  return { key: 'minutes', count: minutes };
}
