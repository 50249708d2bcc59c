/**
 * Words citizens use, mapped to the formal terms documents use. A query containing a key is also
 * searched with the key replaced by each formal term; the agency may extend this table.
 */
import { compact, normalizeText } from './analysis';

export const defaultSynonyms: Readonly<Record<string, readonly string[]>> = {
  'เงินว่างงาน': ['ประโยชน์ทดแทนกรณีว่างงาน'],
  'ตกงาน': ['ว่างงาน'],
  'โดนเลิกจ้าง': ['ถูกเลิกจ้าง'],
  'โดนไล่ออก': ['ถูกเลิกจ้าง'],
  'ลาออกจากงาน': ['ลาออก'],
  'ย้ายโรงพยาบาล': ['เปลี่ยนสถานพยาบาล'],
  'เปลี่ยนโรงพยาบาล': ['เปลี่ยนสถานพยาบาล'],
  'โรงพยาบาล': ['สถานพยาบาล'],
  'หาหมอ': ['เจ็บป่วย'],
  'ไม่สบาย': ['เจ็บป่วย'],
  'ป่วย': ['เจ็บป่วย'],
  'คลอดลูก': ['คลอดบุตร'],
  'ทำคลอด': ['คลอดบุตร'],
  'ตั้งครรภ์': ['คลอดบุตร'],
  'ค่าเลี้ยงลูก': ['สงเคราะห์บุตร'],
  'เงินเลี้ยงลูก': ['สงเคราะห์บุตร'],
  'เงินเลี้ยงดูบุตร': ['สงเคราะห์บุตร'],
  // The law says บำนาญชราภาพ; a service may write only บำเหน็จ/บำนาญ.
  'เงินบำนาญ': ['บำนาญชราภาพ', 'บำนาญ'],
  // "เงินชราภาพ" is how citizens say it; the service and its manual say ประโยชน์ทดแทนกรณีชราภาพ.
  'เงินชราภาพ': ['ประโยชน์ทดแทนกรณีชราภาพ', 'บำเหน็จชราภาพ', 'บำนาญชราภาพ'],
  'เงินบำเหน็จ': ['บำเหน็จชราภาพ', 'บำเหน็จ'],
  'เงินคลอดบุตร': ['ประโยชน์ทดแทนกรณีคลอดบุตร'],
  'ค่าคลอด': ['คลอดบุตร'],
  'เงินทุพพลภาพ': ['ประโยชน์ทดแทนกรณีทุพพลภาพ'],
  'เงินสงเคราะห์บุตร': ['ประโยชน์ทดแทนกรณีสงเคราะห์บุตร'],
  'เงินเกษียณ': ['ชราภาพ'],
  'เกษียณ': ['ชราภาพ'],
  'พิการ': ['ทุพพลภาพ'],
  'ตาย': ['เสียชีวิต'],
  'ค่าทำศพ': ['เสียชีวิต'],
  'งานศพ': ['ค่าทำศพ'],
  'ทำฟัน': ['ทันตกรรม'],
  'ถอนฟัน': ['ทันตกรรม'],
  'ขูดหินปูน': ['ทันตกรรม'],
  'ฟัน': ['ทันตกรรม'],
  'สปส': ['สำนักงานประกันสังคม'],
  'สขร1': ['สรุปผลการจัดซื้อจัดจ้าง'],
  'สขร': ['สรุปผลการจัดซื้อจัดจ้าง'],
  'ebidding': ['ประกวดราคาอิเล็กทรอนิกส์'],
  'emarket': ['ตลาดอิเล็กทรอนิกส์'],
  'อีบิดดิ้ง': ['ประกวดราคาอิเล็กทรอนิกส์'],
  'ประมูล': ['ประกวดราคา'],
  'จัดซื้อ': ['จัดซื้อจัดจ้าง'],
  'ราคาอ้างอิง': ['ราคากลาง'],
  'งบ': ['งบประมาณ'],
  'ม33': ['มาตรา 33'],
  'ม39': ['มาตรา 39'],
  'ม40': ['มาตรา 40'],
  'ลูกจ้างบริษัท': ['มาตรา 33'],
  'ส่งเงินสมทบเอง': ['มาตรา 39'],
  'อาชีพอิสระ': ['มาตรา 40'],
  'แรงงานนอกระบบ': ['มาตรา 40'],
  'ฟรีแลนซ์': ['มาตรา 40'],
  'บัตรประกันสังคม': ['บัตรรับรองสิทธิ'],
  'เช็คสิทธิ': ['ตรวจสอบสิทธิ'],
  'เช็กสิทธิ์': ['ตรวจสอบสิทธิ'],
  'สิทธิ์': ['สิทธิ'],
  'ประชุมบอร์ด': ['มติคณะกรรมการ'],
  'บอร์ด': ['คณะกรรมการ'],
  'ร้องทุกข์': ['ร้องเรียน'],
  'unemployment': ['ว่างงาน'],
  'maternity': ['คลอดบุตร'],
  'pension': ['ชราภาพ'],
  'disability': ['ทุพพลภาพ'],
  'hospital': ['สถานพยาบาล'],
  'bid': ['ประกวดราคา'],
};

export interface SynonymRule { from: string; to: string[] }

/** Normalises a synonym table once, longest keys first so the most specific phrase wins. */
export function compileSynonyms(table: Readonly<Record<string, readonly string[]>>): SynonymRule[] {
  return Object.entries(table)
    .map(([from, to]) => ({ from: compact(normalizeText(from)), to: to.map((t) => normalizeText(t)) }))
    .filter((rule) => rule.from.length > 0)
    .sort((a, b) => b.from.length - a.from.length);
}

/**
 * Alternative readings of a normalised query: each rule whose key occurs in it yields the query
 * with the key replaced. Thai keys are also compared without spaces ("เงิน ว่างงาน"); English keys
 * must be whole words, or "bid" would fire inside "bidding".
 */
export function synonymRewrites(normalizedQuery: string, rules: readonly SynonymRule[], max = 4): string[] {
  const tight = compact(normalizedQuery);
  const rewrites: string[] = [];
  for (const rule of rules) {
    const replaced = replaceKey(normalizedQuery, tight, rule.from);
    if (!replaced) continue;
    for (const to of rule.to) {
      // A key inside its own target ("งบ" in "งบประมาณ") would only add noise; a target inside its
      // own key is the plainer word ("บำนาญ" for "เงินบำนาญ"), which the query alone asks as a phrase.
      if (tight.includes(compact(to)) && !rule.from.includes(compact(to))) continue;
      const rewritten = `${replaced.before} ${to} ${replaced.after}`.replace(/ {2,}/g, ' ').trim();
      if (!rewrites.includes(rewritten)) rewrites.push(rewritten);
    }
    if (rewrites.length >= max) break;
  }
  return rewrites.slice(0, max);
}

function replaceKey(spaced: string, tight: string, key: string): { before: string; after: string } | undefined {
  if (/^[a-z0-9]+$/.test(key)) {
    const match = new RegExp(`(^| )${key}(?= |$)`).exec(spaced);
    return match ? { before: spaced.slice(0, match.index), after: spaced.slice(match.index + match[0].length) } : undefined;
  }
  const at = spaced.indexOf(key);
  if (at >= 0) return { before: spaced.slice(0, at), after: spaced.slice(at + key.length) };
  const tightAt = tight.indexOf(key);
  if (tightAt >= 0) return { before: tight.slice(0, tightAt), after: tight.slice(tightAt + key.length) };
  return undefined;
}
