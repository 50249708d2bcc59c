/** Staff and admin screens' text (Thai). Keys shared with staff-en.ts. */
export const staffTh = {
  title: 'โหมดเจ้าหน้าที่', exit: 'กลับสู่หน้าจอประชาชน', signOut: 'ออกจากระบบ', signedInAs: 'ผู้ใช้: {{name}} ({{role}})',
  roles: { staff: 'เจ้าหน้าที่', admin: 'ผู้ดูแลระบบ' },
  pin: { pin: 'รหัส PIN', delete: 'ลบตัวเลข', clear: 'ล้าง', submit: 'ตกลง' },
  login: { title: 'เข้าสู่ระบบเจ้าหน้าที่', pick: 'เลือกชื่อของท่าน', enterPin: 'ใส่รหัส PIN ของ {{name}}', other: 'เลือกชื่ออื่น' },
  setup: { title: 'ตั้งค่าผู้ดูแลระบบคนแรก', text: 'ยังไม่มีบัญชีผู้ใช้ โปรดตั้งชื่อและรหัส PIN (อย่างน้อย 6 หลัก) ของผู้ดูแลระบบคนแรก', name: 'ชื่อ-นามสกุล', pinAgain: 'ใส่รหัส PIN อีกครั้ง', mismatch: 'รหัส PIN ทั้งสองครั้งไม่ตรงกัน' },
  nav: { dashboard: 'งานที่ต้องทำ', documents: 'เอกสาร', services: 'คู่มือบริการ', import: 'นำเข้า/ส่งออก', audit: 'ประวัติการแก้ไข', reports: 'สถิติและรายงาน', settings: 'ตั้งค่า', accounts: 'บัญชีผู้ใช้' },
  dashboard: {
    title: 'งานที่ต้องทำเพื่อให้ข้อมูลครบถ้วนและเป็นปัจจุบัน', asOf: 'ข้อมูล ณ วันที่ {{date}}', missingMonths: 'เดือนที่ยังไม่มีสรุปผลการจัดซื้อจัดจ้าง (สขร.๑)',
    pastReview: 'เอกสารที่เลยกำหนดทบทวน', needsText: 'เอกสารที่ค้นหาด้วยเนื้อความไม่ได้', emptyCategories: 'หมวดที่ยังไม่มีเอกสาร',
    none: 'ไม่มี ✓', categories: 'จำนวนเอกสารแต่ละหมวด', category: 'หมวด', count: 'จำนวน', newest: 'ล่าสุด',
    reason: { no_file: 'ไม่มีไฟล์', scan_without_text: 'ไฟล์สแกน ไม่มีข้อความให้ค้นหา' },
  },
  notices: 'ข้อความแจ้งเตือนจากระบบ',
  sample: 'ขณะนี้ข้อมูลในตู้เป็นข้อมูลตัวอย่าง', clearSample: 'ลบข้อมูลตัวอย่าง',
};
export type StaffDictionary = typeof staffTh;
