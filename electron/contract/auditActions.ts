/**
 * What each method the audit trail records is called, in Thai and English, grouped as the audit
 * screen's filter lists them (the group key is the method's prefix). The trail keeps the codes
 * (`documents.save`); the screen, the sign-in notice of a recovery and the CLI's restore say these.
 */
export const auditActionsTh = {
  documents: {
    label: 'เอกสาร',
    items: { 'documents.save': 'บันทึกเอกสาร', 'documents.attachPdf': 'แนบไฟล์ PDF', 'documents.retire': 'เลิกเผยแพร่เอกสาร', 'documents.restore': 'เผยแพร่เอกสารอีกครั้ง', 'documents.delete': 'ลบเอกสารถาวร' },
  },
  standards: {
    label: 'คู่มือบริการ',
    items: { 'standards.save': 'บันทึกคู่มือบริการ', 'standards.retire': 'เลิกเผยแพร่คู่มือบริการ', 'standards.restore': 'เผยแพร่คู่มือบริการอีกครั้ง' },
  },
  import: { label: 'นำเข้าข้อมูล', items: { 'import.apply': 'นำเข้าข้อมูลจากไฟล์' } },
  catalogue: { label: 'ทะเบียนข้อมูล', items: { 'catalogue.clearSample': 'ลบข้อมูลตัวอย่าง' } },
  fleet: { label: 'ศูนย์กลาง', items: { 'fleet.apply': 'รับข้อมูลสารบัญจากศูนย์กลาง (การจำลองข้อมูล)' } },
  settings: { label: 'การตั้งค่า', items: { 'settings.update': 'แก้ไขการตั้งค่า' } },
  registers: {
    label: 'ทะเบียนคำขอและเรื่องร้องเรียน',
    items: {
      'registers.submit': 'ประชาชนยื่นเรื่องที่ตู้', 'registers.enter': 'บันทึกเรื่องที่รับทางอื่น', 'registers.open': 'เปิดดูข้อมูลส่วนบุคคลในทะเบียน',
      'registers.move': 'เปลี่ยนสถานะเรื่อง', 'registers.updateSettings': 'แก้ไขกำหนดเวลาและการเก็บรักษา', 'registers.erasePersonal': 'ลบข้อมูลส่วนบุคคลที่ครบกำหนดเก็บรักษา',
    },
  },
  holidays: { label: 'วันหยุดราชการ', items: { 'holidays.import': 'นำเข้าตารางวันหยุด', 'holidays.set': 'เพิ่ม/แก้ไขวันหยุด', 'holidays.remove': 'ลบวันหยุด' } },
  staff: {
    label: 'บัญชีผู้ใช้และการเข้าระบบ',
    items: {
      'staff.setupFirstAdmin': 'ตั้งผู้ดูแลระบบคนแรก', 'staff.createAccount': 'เพิ่มบัญชีผู้ใช้', 'staff.updateAccount': 'แก้ไขบัญชีผู้ใช้',
      'staff.resetPin': 'ตั้ง PIN ใหม่ให้ผู้ใช้', 'staff.unlock': 'ปลดล็อกบัญชี', 'staff.changeOwnPin': 'เปลี่ยน PIN ของตนเอง',
      'staff.login': 'เข้าสู่ระบบเจ้าหน้าที่', 'staff.verifyAdminPin': 'ใส่ PIN ผู้ดูแลเพื่อออกจากโหมดตู้',
    },
  },
  system: { label: 'ระบบ', items: { 'system.storeRecovered': 'กู้คืนไฟล์ข้อมูลเมื่อเริ่มระบบ', 'system.auditRepair': 'ซ่อมท้ายไฟล์ประวัติการแก้ไข', 'system.unitNotApplied': 'รายการนี้ถูกบันทึกไว้แต่ไม่ได้บันทึกลงข้อมูล (ไม่มีส่วนใดของรายการอยู่ในข้อมูล)', 'system.auditCutShort': 'พบรายการท้ายประวัติการแก้ไขหายไป', 'system.restored': 'กู้คืนข้อมูลจากไฟล์สำรอง', 'system.backedUp': 'สำรองข้อมูล' } },
};

export const auditActionsEn: typeof auditActionsTh = {
  documents: {
    label: 'Documents',
    items: { 'documents.save': 'Document saved', 'documents.attachPdf': 'PDF attached', 'documents.retire': 'Document retired', 'documents.restore': 'Document published again', 'documents.delete': 'Document deleted for good' },
  },
  standards: {
    label: 'Service manuals',
    items: { 'standards.save': 'Service manual saved', 'standards.retire': 'Service manual retired', 'standards.restore': 'Service manual published again' },
  },
  import: { label: 'Import', items: { 'import.apply': 'Import from a file' } },
  catalogue: { label: 'Index', items: { 'catalogue.clearSample': 'Sample data cleared' } },
  fleet: { label: 'Head office (fleet)', items: { 'fleet.apply': 'Central catalogue changes applied (replication)' } },
  settings: { label: 'Settings', items: { 'settings.update': 'Settings changed' } },
  registers: {
    label: 'Requests and complaints registers',
    items: {
      'registers.submit': 'Filed at the kiosk by a citizen', 'registers.enter': 'Entered from the counter, phone or letter', 'registers.open': 'Viewed personal data in a register',
      'registers.move': 'Changed a matter\'s state', 'registers.updateSettings': 'Changed deadlines and retention', 'registers.erasePersonal': 'Erased personal data past retention',
    },
  },
  holidays: { label: 'Holidays', items: { 'holidays.import': 'Imported the holiday table', 'holidays.set': 'Added or renamed a holiday', 'holidays.remove': 'Removed a holiday' } },
  staff: {
    label: 'Accounts and sign-in',
    items: {
      'staff.setupFirstAdmin': 'First administrator set up', 'staff.createAccount': 'Account added', 'staff.updateAccount': 'Account changed',
      'staff.resetPin': 'PIN reset for a user', 'staff.unlock': 'Account unlocked', 'staff.changeOwnPin': 'Own PIN changed',
      'staff.login': 'Staff sign-in', 'staff.verifyAdminPin': 'Administrator PIN to leave kiosk mode',
    },
  },
  system: { label: 'System', items: { 'system.storeRecovered': 'Data file recovered at start-up', 'system.auditRepair': 'End of the audit file repaired', 'system.unitNotApplied': 'A change was recorded but not saved (nothing of it is in the data)', 'system.auditCutShort': 'Entries found missing from the end of the audit trail', 'system.restored': 'Data restored from a backup', 'system.backedUp': 'Data backed up' } },
};

/** A method's name in one of the tables above; the code itself for a method not listed. */
export function actionNameIn(actions: typeof auditActionsTh, method: string): string {
  for (const group of Object.values(actions)) {
    const name = (group.items as Record<string, string>)[method];
    if (name) return name;
  }
  return method;
}

/** A method's name in `language` ("บันทึกเอกสาร" for documents.save). */
export const auditActionName = (method: string, language: string): string => actionNameIn(language === 'en' ? auditActionsEn : auditActionsTh, method);
