/**
 * Service-standard fees as citizens read them, shared by the service list, the service page and
 * the staff list, so the wording is decided in one place. Fees for different things (a page
 * copied, a page certified) are never added together: each is shown with its own unit.
 */

export interface FeeText { th: string; en: string }
interface Fee { label: { th: string; en?: string | undefined }; baht: number; per?: { th: string; en?: string | undefined } | undefined }

const NO_FEE: FeeText = { th: 'ไม่มีค่าธรรมเนียม', en: 'No fee' };

/** A label that already says the item costs nothing ("… ไม่มีค่าใช้จ่าย", "… free"). */
const saysFree = { th: /ไม่มีค่า|ไม่เสียค่า|ไม่คิดค่า|ยกเว้นค่า|ฟรี/, en: /\bfree\b|\bno (fee|charge)\b/i };

const amount = (baht: number) => baht.toLocaleString('en-US', { maximumFractionDigits: 2 });

function price(fee: Fee): FeeText {
  const per = fee.per;
  return {
    th: `${amount(fee.baht)} บาท${per ? `/${per.th}` : ''}`,
    en: `${amount(fee.baht)} baht${per ? `/${per.en || per.th}` : ''}`,
  };
}

/** One line for the service list: "1 บาท/หน้า + 5 บาท/หน้าที่รับรอง", or "ไม่มีค่าธรรมเนียม". */
export function feeSummary(fees: readonly Fee[]): FeeText {
  const charged = fees.filter((f) => f.baht > 0).map(price);
  if (charged.length === 0) return NO_FEE;
  return { th: charged.map((p) => p.th).join(' + '), en: charged.map((p) => p.en).join(' + ') };
}

/** The service page's fee lines: "label: price", a free item said once, "ไม่มีค่าธรรมเนียม" when there is none. */
export function feeLines(fees: readonly Fee[]): FeeText[] {
  if (fees.length === 0) return [NO_FEE];
  return fees.map((fee) => {
    const label = { th: fee.label.th, en: fee.label.en || fee.label.th };
    const shown = fee.baht > 0 ? price(fee) : NO_FEE;
    return {
      th: fee.baht === 0 && saysFree.th.test(label.th) ? label.th : `${label.th}: ${shown.th}`,
      en: fee.baht === 0 && saysFree.en.test(label.en) ? label.en : `${label.en}: ${shown.en}`,
    };
  });
}
