import { z } from 'zod';

/**
 * Category codes used by every import, export and report. The legal references follow the
 * Official Information Act B.E. 2540 (พ.ร.บ.ข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐) and the
 * Information Board's announcements on procurement information.
 */
export const categoryCodes = [
  's7-1', 's7-2', 's7-3', 's7-4', 's7-5',
  's9-1', 's9-2', 's9-3', 's9-4', 's9-5', 's9-6', 's9-7', 's9-8',
  'proc-plan', 'proc-announce', 'proc-refprice', 'proc-result',
  'service', 'public-interest', 'other',
] as const;

export const CategoryCode = z.enum(categoryCodes);
export type CategoryCode = z.infer<typeof CategoryCode>;

/** Friendly groups a citizen browses by. */
export const groupCodes = ['law', 'procurement', 'service-manuals', 'plans', 'resolutions', 'projects', 'other'] as const;
export const GroupCode = z.enum(groupCodes);
export type GroupCode = z.infer<typeof GroupCode>;

export interface Bilingual { th: string; en: string }

export interface Category {
  code: CategoryCode;
  name: Bilingual;
  /** Legal basis shown as a badge, e.g. มาตรา ๙(๘). */
  legal: Bilingual;
  group: GroupCode;
}

export interface CategoryGroup {
  code: GroupCode;
  name: Bilingual;
  description: Bilingual;
}

export const categoryGroups: readonly CategoryGroup[] = [
  { code: 'law', name: { th: 'ข้อมูลตามกฎหมาย มาตรา ๗ / มาตรา ๙', en: 'Information under Sections 7 and 9' },
    description: { th: 'โครงสร้าง อำนาจหน้าที่ กฎ ระเบียบ และข้อมูลที่ต้องเปิดเผย', en: 'Structure, powers, rules and information that must be disclosed' } },
  { code: 'procurement', name: { th: 'จัดซื้อจัดจ้าง', en: 'Procurement' },
    description: { th: 'แผน ประกาศ ราคากลาง และสรุปผลรายเดือน (สขร.๑)', en: 'Plans, notices, reference prices and monthly summaries' } },
  { code: 'service-manuals', name: { th: 'คู่มือบริการประชาชน', en: 'Public service manuals' },
    description: { th: 'ขั้นตอน ระยะเวลา ค่าธรรมเนียม และเอกสารที่ต้องใช้', en: 'Steps, time, fees and documents required' } },
  { code: 'plans', name: { th: 'แผนงานและงบประมาณ', en: 'Plans and budget' },
    description: { th: 'แผนงาน โครงการ และงบประมาณรายจ่ายประจำปี', en: 'Work plans, projects and the annual budget' } },
  { code: 'resolutions', name: { th: 'มติคณะกรรมการ', en: 'Board resolutions' },
    description: { th: 'มติคณะรัฐมนตรีและมติคณะกรรมการที่แต่งตั้งตามกฎหมาย', en: 'Cabinet and statutory board resolutions' } },
  { code: 'projects', name: { th: 'โครงการสำคัญ', en: 'Projects of public interest' },
    description: { th: 'โครงการที่มีผลกระทบต่อประชาชน', en: 'Projects that affect the public' } },
  { code: 'other', name: { th: 'ข้อมูลอื่น ๆ', en: 'Other information' },
    description: { th: 'ข้อมูลข่าวสารอื่นที่เปิดเผยได้', en: 'Other disclosed information' } },
];

const s7 = (n: number) => ({ th: `มาตรา ๗(${'๐๑๒๓๔๕'[n]})`, en: `Section 7(${n})` });
const s9 = (n: number) => ({ th: `มาตรา ๙(${'๐๑๒๓๔๕๖๗๘'[n]})`, en: `Section 9(${n})` });
const procurementBasis = { th: 'มาตรา ๙(๘)', en: 'Section 9(8)' };

export const categories: readonly Category[] = [
  { code: 's7-1', group: 'law', legal: s7(1), name: { th: 'โครงสร้างและการจัดองค์กร', en: 'Structure and organisation' } },
  { code: 's7-2', group: 'law', legal: s7(2), name: { th: 'อำนาจหน้าที่และวิธีการดำเนินงาน', en: 'Powers, duties and methods of operation' } },
  { code: 's7-3', group: 'law', legal: s7(3), name: { th: 'สถานที่ติดต่อขอรับข้อมูลข่าวสาร', en: 'Where to obtain information or advice' } },
  { code: 's7-4', group: 'law', legal: s7(4), name: { th: 'กฎ ระเบียบ ข้อบังคับ คำสั่ง หนังสือเวียน และนโยบาย', en: 'Rules, regulations, orders, circulars and policies' } },
  { code: 's7-5', group: 'law', legal: s7(5), name: { th: 'ข้อมูลข่าวสารอื่นตามที่คณะกรรมการกำหนด (มาตรา ๗)', en: 'Other information prescribed by the Board (Section 7)' } },
  { code: 's9-1', group: 'law', legal: s9(1), name: { th: 'ผลการพิจารณาหรือคำวินิจฉัยที่มีผลต่อเอกชน', en: 'Decisions directly affecting private persons' } },
  { code: 's9-2', group: 'law', legal: s9(2), name: { th: 'นโยบายหรือการตีความ', en: 'Policies and interpretations' } },
  { code: 's9-3', group: 'plans', legal: s9(3), name: { th: 'แผนงาน โครงการ และงบประมาณรายจ่ายประจำปี', en: 'Work plans, projects and annual budget' } },
  { code: 's9-4', group: 'service-manuals', legal: s9(4), name: { th: 'คู่มือหรือคำสั่งเกี่ยวกับวิธีปฏิบัติงาน', en: 'Manuals and orders on working procedures' } },
  { code: 's9-5', group: 'law', legal: s9(5), name: { th: 'สิ่งพิมพ์ที่อ้างอิงตามมาตรา ๗ วรรคสอง', en: 'Publications referred to in Section 7 para. 2' } },
  { code: 's9-6', group: 'law', legal: s9(6), name: { th: 'สัญญาสัมปทานและสัญญาร่วมทุน', en: 'Concession and joint-venture contracts' } },
  { code: 's9-7', group: 'resolutions', legal: s9(7), name: { th: 'มติคณะรัฐมนตรีหรือมติคณะกรรมการ', en: 'Cabinet and board resolutions' } },
  { code: 's9-8', group: 'law', legal: s9(8), name: { th: 'ข้อมูลข่าวสารอื่นตามที่คณะกรรมการประกาศกำหนด', en: 'Other information announced by the Board' } },
  { code: 'proc-plan', group: 'procurement', legal: procurementBasis, name: { th: 'แผนการจัดซื้อจัดจ้างประจำปี', en: 'Annual procurement plans' } },
  { code: 'proc-announce', group: 'procurement', legal: procurementBasis, name: { th: 'ประกาศเชิญชวนและประกาศผู้ชนะ', en: 'Bid invitations and award notices' } },
  { code: 'proc-refprice', group: 'procurement', legal: procurementBasis, name: { th: 'ราคากลาง', en: 'Reference prices' } },
  { code: 'proc-result', group: 'procurement', legal: procurementBasis, name: { th: 'สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.๑)', en: 'Monthly procurement summaries (SKR.1)' } },
  { code: 'service', group: 'service-manuals', legal: { th: 'พ.ร.บ.อำนวยความสะดวก มาตรา ๗', en: 'Licensing Facilitation Act s.7' }, name: { th: 'คู่มือสำหรับประชาชน', en: 'Citizen manuals' } },
  { code: 'public-interest', group: 'projects', legal: s9(8), name: { th: 'โครงการที่มีผลกระทบต่อประชาชน', en: 'Projects of public interest' } },
  { code: 'other', group: 'other', legal: { th: 'มาตรา ๙ วรรคหนึ่ง', en: 'Section 9' }, name: { th: 'ข้อมูลข่าวสารอื่น ๆ', en: 'Other information' } },
];

export const categoryByCode: Readonly<Record<CategoryCode, Category>> = Object.fromEntries(
  categories.map((c) => [c.code, c]),
) as Record<CategoryCode, Category>;

export const categoriesInGroup = (group: GroupCode): CategoryCode[] =>
  categories.filter((c) => c.group === group).map((c) => c.code);
