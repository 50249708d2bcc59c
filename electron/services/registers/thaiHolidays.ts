import type { Holiday } from '../../contract/workingDays';

/**
 * Thai government holidays shipped with the kiosk for B.E. 2569 (2026) and B.E. 2570 (2027): the
 * fixed-date holidays, the Buddhist holidays of the lunar calendar, and the substitution days
 * (วันหยุดชดเชย) for those that fall on a weekend. Seeded once into a new data folder; the table an
 * administrator edits or imports (holidays.json) is the authority, so special holidays the cabinet
 * announces later, and any correction, go there. `date-holidays` was not used: it lacks the lunar
 * holidays after 2026 and every substitution day.
 *
 * Lunar days: 2026 Makha 3 Mar, Visakha 31 May, Asalha 29 Jul; 2027 Makha 21 Feb, Visakha 20 May,
 * Asalha 18 Jul (15th waxing day of months 3, 6 and 8). Check against the cabinet's announcement.
 *
 * No other year ships, and none is guessed: a year's substitution and special days are the
 * cabinet's to announce, so a table made up from rules would be wrong in ways nobody sees. A due
 * date counted over a year the table lacks (a back-dated entry, a period running past B.E. 2570)
 * is still given, with the years named (`holidaysMissing`, see clock.ts) until an administrator
 * adds them; the clock is worked out from the table each time, so every item's due date follows.
 */
/**
 * Month-days that are government holidays every year, on that day (a weekend one gets a
 * substitution day besides, and keeps its own): New Year's Day, Chakri Day, Songkran, Coronation
 * Day, the Queen's, the King's and the Queen Mother's birthdays, King Bhumibol Memorial Day,
 * Chulalongkorn Day, Father's Day, Constitution Day and New Year's Eve. A table that lacks one of
 * them for a year does not hold that year whole (see clock.ts' missingHolidayYears). Royal days
 * follow the reign: review this list when the cabinet changes them.
 */
export const everyYearHolidays: readonly string[] = ['01-01', '04-06', '04-13', '04-14', '04-15', '05-04', '06-03', '07-28', '08-12', '10-13', '10-23', '12-05', '12-10', '12-31'];

export const shippedHolidays: readonly Holiday[] = [
  // B.E. 2569
  { date: '2026-01-01', nameTh: 'วันขึ้นปีใหม่', nameEn: 'New Year\'s Day' },
  { date: '2026-03-03', nameTh: 'วันมาฆบูชา', nameEn: 'Makha Bucha Day' },
  { date: '2026-04-06', nameTh: 'วันพระบาทสมเด็จพระพุทธยอดฟ้าจุฬาโลกมหาราชและวันที่ระลึกมหาจักรีบรมราชวงศ์', nameEn: 'Chakri Memorial Day' },
  { date: '2026-04-13', nameTh: 'วันสงกรานต์', nameEn: 'Songkran Festival' },
  { date: '2026-04-14', nameTh: 'วันสงกรานต์', nameEn: 'Songkran Festival' },
  { date: '2026-04-15', nameTh: 'วันสงกรานต์', nameEn: 'Songkran Festival' },
  { date: '2026-05-04', nameTh: 'วันฉัตรมงคล', nameEn: 'Coronation Day' },
  { date: '2026-05-31', nameTh: 'วันวิสาขบูชา', nameEn: 'Visakha Bucha Day' },
  { date: '2026-06-01', nameTh: 'วันหยุดชดเชยวันวิสาขบูชา', nameEn: 'Substitution for Visakha Bucha Day' },
  { date: '2026-06-03', nameTh: 'วันเฉลิมพระชนมพรรษาสมเด็จพระนางเจ้าฯ พระบรมราชินี', nameEn: 'Queen Suthida\'s Birthday' },
  { date: '2026-07-28', nameTh: 'วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว', nameEn: 'King\'s Birthday' },
  { date: '2026-07-29', nameTh: 'วันอาสาฬหบูชา', nameEn: 'Asalha Bucha Day' },
  { date: '2026-07-30', nameTh: 'วันเข้าพรรษา', nameEn: 'Buddhist Lent Day' },
  { date: '2026-08-12', nameTh: 'วันเฉลิมพระชนมพรรษาสมเด็จพระบรมราชชนนีพันปีหลวง และวันแม่แห่งชาติ', nameEn: 'Queen Mother\'s Birthday and Mother\'s Day' },
  { date: '2026-10-13', nameTh: 'วันนวมินทรมหาราช', nameEn: 'King Bhumibol Memorial Day' },
  { date: '2026-10-23', nameTh: 'วันปิยมหาราช', nameEn: 'Chulalongkorn Day' },
  { date: '2026-12-05', nameTh: 'วันคล้ายวันพระบรมราชสมภพ รัชกาลที่ ๙ วันชาติ และวันพ่อแห่งชาติ', nameEn: 'King Bhumibol\'s Birthday, National Day and Father\'s Day' },
  { date: '2026-12-07', nameTh: 'วันหยุดชดเชยวันคล้ายวันพระบรมราชสมภพ รัชกาลที่ ๙', nameEn: 'Substitution for King Bhumibol\'s Birthday' },
  { date: '2026-12-10', nameTh: 'วันรัฐธรรมนูญ', nameEn: 'Constitution Day' },
  { date: '2026-12-31', nameTh: 'วันสิ้นปี', nameEn: 'New Year\'s Eve' },
  // B.E. 2570
  { date: '2027-01-01', nameTh: 'วันขึ้นปีใหม่', nameEn: 'New Year\'s Day' },
  { date: '2027-02-21', nameTh: 'วันมาฆบูชา', nameEn: 'Makha Bucha Day' },
  { date: '2027-02-22', nameTh: 'วันหยุดชดเชยวันมาฆบูชา', nameEn: 'Substitution for Makha Bucha Day' },
  { date: '2027-04-06', nameTh: 'วันพระบาทสมเด็จพระพุทธยอดฟ้าจุฬาโลกมหาราชและวันที่ระลึกมหาจักรีบรมราชวงศ์', nameEn: 'Chakri Memorial Day' },
  { date: '2027-04-13', nameTh: 'วันสงกรานต์', nameEn: 'Songkran Festival' },
  { date: '2027-04-14', nameTh: 'วันสงกรานต์', nameEn: 'Songkran Festival' },
  { date: '2027-04-15', nameTh: 'วันสงกรานต์', nameEn: 'Songkran Festival' },
  { date: '2027-05-04', nameTh: 'วันฉัตรมงคล', nameEn: 'Coronation Day' },
  { date: '2027-05-20', nameTh: 'วันวิสาขบูชา', nameEn: 'Visakha Bucha Day' },
  { date: '2027-06-03', nameTh: 'วันเฉลิมพระชนมพรรษาสมเด็จพระนางเจ้าฯ พระบรมราชินี', nameEn: 'Queen Suthida\'s Birthday' },
  { date: '2027-07-18', nameTh: 'วันอาสาฬหบูชา', nameEn: 'Asalha Bucha Day' },
  { date: '2027-07-19', nameTh: 'วันเข้าพรรษา', nameEn: 'Buddhist Lent Day' },
  { date: '2027-07-20', nameTh: 'วันหยุดชดเชยวันอาสาฬหบูชา', nameEn: 'Substitution for Asalha Bucha Day' },
  { date: '2027-07-28', nameTh: 'วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว', nameEn: 'King\'s Birthday' },
  { date: '2027-08-12', nameTh: 'วันเฉลิมพระชนมพรรษาสมเด็จพระบรมราชชนนีพันปีหลวง และวันแม่แห่งชาติ', nameEn: 'Queen Mother\'s Birthday and Mother\'s Day' },
  { date: '2027-10-13', nameTh: 'วันนวมินทรมหาราช', nameEn: 'King Bhumibol Memorial Day' },
  { date: '2027-10-23', nameTh: 'วันปิยมหาราช', nameEn: 'Chulalongkorn Day' },
  { date: '2027-10-25', nameTh: 'วันหยุดชดเชยวันปิยมหาราช', nameEn: 'Substitution for Chulalongkorn Day' },
  { date: '2027-12-05', nameTh: 'วันคล้ายวันพระบรมราชสมภพ รัชกาลที่ ๙ วันชาติ และวันพ่อแห่งชาติ', nameEn: 'King Bhumibol\'s Birthday, National Day and Father\'s Day' },
  { date: '2027-12-06', nameTh: 'วันหยุดชดเชยวันคล้ายวันพระบรมราชสมภพ รัชกาลที่ ๙', nameEn: 'Substitution for King Bhumibol\'s Birthday' },
  { date: '2027-12-10', nameTh: 'วันรัฐธรรมนูญ', nameEn: 'Constitution Day' },
  { date: '2027-12-31', nameTh: 'วันสิ้นปี', nameEn: 'New Year\'s Eve' },
];
