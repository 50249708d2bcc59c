import { englishDateText, thaiMonthShortNames, yearBe } from '../../contract/thaiCalendar';

/** "15 ธ.ค. 2570": the date as staff type it in the editor and the import (Arabic digits, พ.ศ.). */
const staffThaiDate = (day: string) => `${Number(day.slice(8, 10))} ${thaiMonthShortNames[Number(day.slice(5, 7)) - 1]} ${yearBe(Number(day.slice(0, 4)))}`;

/**
 * The warning for a publication date after today (Bangkok): saved all the same (a notice may be
 * dated ahead on purpose), but citizens see it as published on a day that has not come, so staff
 * are told, in the same words by the editor (documents.save) and the import.
 */
export function futurePublicationWarning(published: string, today: string): { th: string; en: string } | undefined {
  if (published <= today) return undefined;
  return {
    th: `วันที่เผยแพร่ ${staffThaiDate(published)} ยังไม่ถึง: ประชาชนเห็นเอกสารนี้ที่ตู้แล้ว โดยแสดงวันที่เผยแพร่ที่ยังมาไม่ถึง หากพิมพ์วันที่ผิด โปรดแก้ไข`,
    en: `Publication date ${englishDateText(published)} is in the future: citizens already see this document, listed as published on a day that has not come. If the date is a typing mistake, correct it`,
  };
}
