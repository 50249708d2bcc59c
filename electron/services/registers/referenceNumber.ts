import { refPrefix, type RegisterKind } from '../../contract/registers';
import { yearBe } from '../../contract/thaiCalendar';

/** The Buddhist Era year of a Common Era day. */
export const beYearOf = (isoDay: string): number => yearBe(Number(isoDay.slice(0, 4)));

/** `ขข-2569-000123`: the register, the B.E. year of receipt, and that year's running number. */
export const referenceNumber = (kind: RegisterKind, beYear: number, n: number): string => `${refPrefix[kind]}-${beYear}-${String(n).padStart(6, '0')}`;

/** The counter key of a register's year. */
export const counterKey = (kind: RegisterKind, beYear: number) => `${kind}-${beYear}`;
