import { categoryByCode, categoryGroups, type CategoryCode, type GroupCode } from '../../../electron/contract/categories';
import { arabicDigits } from '../shell/format';
import { pick } from '../shell/i18n';

/*
 * Category and group labels as the citizen screens show them. They are the interface's words, not a
 * document's, so they follow its digit rule (format.ts: Arabic digits) even where the shared table
 * writes Thai ones: มาตรา ๙(๘) is shown as มาตรา 9(8), beside dates and counts in Arabic digits.
 */
const group = (code: GroupCode | undefined) => categoryGroups.find((g) => g.code === code);

export const categoryName = (code: CategoryCode, lang: string) => arabicDigits(pick(categoryByCode[code].name, lang));
export const legalBasis = (code: CategoryCode, lang: string) => arabicDigits(pick(categoryByCode[code].legal, lang));
export const groupName = (code: GroupCode | undefined, lang: string) => arabicDigits(pick(group(code)?.name, lang));
export const groupDescription = (code: GroupCode | undefined, lang: string) => arabicDigits(pick(group(code)?.description, lang));
