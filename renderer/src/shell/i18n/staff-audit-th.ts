import { auditActionsTh } from '../../../../electron/contract/auditActions';
import { registersTh } from './registers-th';

/**
 * Words of the audit trail screen (Thai): actions, fields, targets and the service's notes. The
 * trail itself keeps the raw codes (`documents.save`, `paperLocation`, English notes) and so does
 * its CSV export; only the screen shows these. Keys shared with staff-audit-en.ts.
 */
export const auditWordsTh = {
  /** Every method the trail records, grouped as the filter lists them (contract/auditActions.ts). */
  actions: auditActionsTh,
  allActions: 'ทุกการทำรายการ',
  allOfGroup: 'ทั้งหมดในหมวด{{group}}',
  /** Field paths of documents, services, accounts, settings and import summaries. */
  fields: {
    id: 'รหัส', title: 'ชื่อเรื่อง', category: 'หมวด', published: 'วันที่เผยแพร่', unit: 'หน่วยงานที่รับผิดชอบ', keywords: 'คำสำคัญ',
    summary: 'สาระสำคัญ', body: 'เนื้อหา (พิมพ์เอง)', url: 'ลิงก์สาธารณะ', reviewBy: 'วันที่ต้องทบทวน', paperLocation: 'ที่เก็บต้นฉบับ (แฟ้มที่ / ชั้น)',
    unitEn: 'หน่วยงานที่รับผิดชอบ (อังกฤษ)', paperLocationEn: 'ที่เก็บต้นฉบับ (อังกฤษ)',
    status: 'สถานะการเผยแพร่', createdAt: 'สร้างเมื่อ', updatedAt: 'แก้ไขล่าสุด',
    file: 'ไฟล์ PDF', 'file.name': 'ชื่อไฟล์ PDF', 'file.sha256': 'รหัสไฟล์ PDF (sha256)', 'file.bytes': 'ขนาดไฟล์ PDF (ไบต์)', 'file.pages': 'จำนวนหน้า PDF', 'file.hasText': 'PDF ค้นหาด้วยข้อความได้',
    draftKey: 'รหัสร่างของหน้าแก้ไข',
    description: 'คำอธิบาย', steps: 'ขั้นตอนการให้บริการ', fees: 'ค่าธรรมเนียม', documents: 'เอกสาร', channels: 'ช่องทางการให้บริการ',
    services: 'คู่มือบริการ', sample: 'ข้อมูลตัวอย่าง',
    name: 'ชื่อ', role: 'สิทธิ์', disabled: 'ระงับการใช้งาน', failures: 'จำนวนครั้งที่ใส่ PIN ผิด', lockedUntil: 'ล็อกถึง',
    rows: 'จำนวนแถว', added: 'เพิ่มใหม่', updated: 'ปรับปรุง', unchanged: 'ไม่เปลี่ยนแปลง (รายการ)', files: 'จำนวนไฟล์ PDF',
    'agency.name': 'ชื่อหน่วยงาน', 'agency.shortName': 'ชื่อย่อหน่วยงาน', 'agency.logo': 'ตราหน่วยงาน', 'agency.procurementSummaryDueDays': 'กำหนดเผยแพร่ สขร.๑ หลังสิ้นเดือน (วัน)',
    'centre.name': 'ชื่อศูนย์ข้อมูลข่าวสาร', 'centre.hours': 'เวลาทำการ', 'centre.location': 'สถานที่ตั้ง', 'centre.executive': 'ผู้บริหารที่รับผิดชอบ',
    'centre.staff': 'เจ้าหน้าที่ประจำศูนย์', 'centre.phone': 'โทรศัพท์', 'centre.phoneEn': 'โทรศัพท์ (อังกฤษ)', 'centre.requestInfo': 'วิธีขอข้อมูลข่าวสาร', 'centre.complaintChannels': 'ช่องทางร้องเรียน',
    'kiosk.idleSeconds': 'กลับหน้าแรกเมื่อไม่มีการใช้งาน (วินาที)', 'kiosk.countdownSeconds': 'นับถอยหลังก่อนกลับหน้าแรก (วินาที)', 'kiosk.qrBaseUrl': 'ที่อยู่เว็บสำหรับ QR code',
    'kiosk.allowPrint': 'อนุญาตให้พิมพ์เอกสาร', 'kiosk.surveyEnabled': 'ถามความพึงพอใจ', 'kiosk.copyFeeBaht': 'ค่าสำเนาเอกสาร (บาท/หน้า)', 'kiosk.certifiedCopyFeeBaht': 'ค่ารับรองสำเนา (บาท/หน้า)',
    'stats.retentionYears': 'เก็บสถิติการใช้งาน (ปี)',
    // Requests and complaints: what a filing and a move record (never personal data), and the registers' settings.
    kind: 'ประเภทเรื่อง', channel: 'ช่องทางที่รับ', state: 'สถานะ', receivedOn: 'วันที่รับเรื่อง', anonymous: 'ไม่ประสงค์ออกนาม',
    'referral.agency': 'ส่งต่อไปยังหน่วยงาน', 'referral.toldOn': 'วันที่แจ้งผู้ขอว่าส่งต่อ', 'refusal.reason': 'เหตุที่ปฏิเสธ',
    'refusal.appealNoticeGiven': 'แจ้งสิทธิอุทธรณ์แล้ว', outcome: 'ผลการดำเนินการ', topic: 'เรื่องเกี่ยวกับ',
    'request.days': 'กำหนดตอบคำขอข้อมูลข่าวสาร (วัน)', 'request.unit': 'การนับวันของคำขอข้อมูลข่าวสาร',
    'complaint.days': 'กำหนดดำเนินการเรื่องร้องเรียน (วัน)', 'complaint.unit': 'การนับวันของเรื่องร้องเรียน',
    complaintAcknowledgeDays: 'ตอบรับเรื่องร้องเรียนภายใน (วันทำการ)', retentionMonths: 'ลบข้อมูลส่วนบุคคลหลังปิดเรื่อง (เดือน)', statusUrl: 'ที่อยู่เว็บสำหรับติดตามสถานะ',
    date: 'วันที่', nameTh: 'ชื่อวันหยุด (ไทย)', nameEn: 'ชื่อวันหยุด (อังกฤษ)',
  } as Record<string, string>,
  languages: { th: 'ไทย', en: 'อังกฤษ' },
  roles: { admin: 'ผู้ดูแลระบบ', staff: 'เจ้าหน้าที่' } as Record<string, string>,
  statuses: { active: 'เผยแพร่', retired: 'เลิกเผยแพร่' } as Record<string, string>,
  /** The registers' codes in words: the register screens' own words, so the trail reads as they do. */
  register: {
    kinds: registersTh.kinds as Record<string, string>, states: registersTh.states as Record<string, string>,
    channels: registersTh.channels as Record<string, string>, reasons: registersTh.reasons as Record<string, string>,
    topics: registersTh.topics as Record<string, string>, units: { working: 'วันทำการ', calendar: 'วันตามปฏิทิน' } as Record<string, string>,
    /** A register item whose reference names no register known here. */
    item: 'เรื่องในทะเบียน',
  },
  yes: 'ใช่', no: 'ไม่ใช่',
  /** What a change is about: `document:x` -> "เอกสาร x". */
  targets: {
    document: 'เอกสาร', service: 'คู่มือบริการ', account: 'บัญชีผู้ใช้', import: 'นำเข้าไฟล์', store: 'ไฟล์ข้อมูล',
    settings: 'การตั้งค่า', catalogue: 'ทะเบียนข้อมูล', audit: 'ประวัติการแก้ไข', kiosk: 'ตู้บริการ',
    'registers.settings': 'กำหนดเวลาและการเก็บรักษาของทะเบียนคำขอและเรื่องร้องเรียน', 'registers.retention': 'การเก็บรักษาข้อมูลส่วนบุคคลในทะเบียน',
    holidays: 'ตารางวันหยุดราชการ', holiday: 'วันหยุดราชการ', folder: 'โฟลเดอร์ข้อมูล',
  } as Record<string, string>,
  /** The service's notes, word for word, and the patterns of those that carry a value. */
  notes: {
    fixed: {
      'created': 'สร้างใหม่', 'created with PDF': 'สร้างใหม่พร้อมไฟล์ PDF', 'created with PDF: no searchable text (scan)': 'สร้างใหม่พร้อมไฟล์ PDF: ไฟล์สแกน ไม่มีข้อความให้ค้นหา',
      'PDF attached': 'แนบไฟล์ PDF', 'PDF attached: no searchable text (scan)': 'แนบไฟล์ PDF: ไฟล์สแกน ไม่มีข้อความให้ค้นหา',
      'first administrator set up': 'ตั้งผู้ดูแลระบบคนแรก', 'account created': 'เพิ่มบัญชีผู้ใช้', 'signed in': 'เข้าสู่ระบบ',
      'PIN reset by an administrator; lockout cleared': 'ผู้ดูแลระบบตั้ง PIN ใหม่และปลดล็อกแล้ว', 'lockout cleared by an administrator': 'ผู้ดูแลระบบปลดล็อกบัญชี',
      'PIN changed by its owner': 'เจ้าของบัญชีเปลี่ยน PIN', 'administrator PIN accepted at the exit gate': 'ใส่ PIN ผู้ดูแลถูกต้องเพื่อออกจากโหมดตู้',
      'refused: unknown or disabled account': 'ปฏิเสธ: ไม่พบบัญชีหรือบัญชีถูกระงับ', 'sample catalogue cleared': 'ลบข้อมูลตัวอย่างแล้ว',
      'first administrator set up with the one-time setup code': 'ตั้งผู้ดูแลระบบคนแรกด้วยรหัสตั้งค่าแบบใช้ครั้งเดียว',
      'PIN reset by an administrator; wrong-PIN count cleared; other sessions ended': 'ผู้ดูแลระบบตั้ง PIN ใหม่ ล้างจำนวนครั้งที่ใส่ผิด และให้ออกจากระบบที่อื่น',
      'wrong-PIN count and wait cleared by an administrator': 'ผู้ดูแลระบบล้างจำนวนครั้งที่ใส่ PIN ผิดและเวลารอ',
      'PIN changed by its owner; other sessions ended': 'เจ้าของบัญชีเปลี่ยน PIN และให้ออกจากระบบที่อื่น',
      'wrong PIN for an unknown or disabled sign-in choice': 'ใส่ PIN ผิด (ไม่พบบัญชีหรือบัญชีถูกระงับ)',
      'wrong administrator PIN at the exit gate': 'ออกจากโหมดตู้: ใส่ PIN ผู้ดูแลผิด',
      'wrong setup code': 'ใส่รหัสตั้งค่าผิด', 'wrong setup code (expired)': 'ใส่รหัสตั้งค่าที่หมดอายุแล้ว',
    } as Record<string, string>,
    deleted: 'ลบถาวร เหตุผล: {{reason}}',
    import: 'นำเข้าจากไฟล์ {{file}}',
    wrongPin: 'ใส่ PIN ของ {{name}} ผิด เหลืออีก {{left}} ครั้ง',
    lockedNow: 'ใส่ PIN ของ {{name}} ผิด บัญชีถูกล็อกถึง {{until}}',
    whileLocked: 'พยายามเข้าระบบขณะบัญชีถูกล็อก (ถึง {{until}})',
    exitWrong: 'ออกจากโหมดตู้: ใส่ PIN ผิด นับเป็นของ {{name}}',
    exitLocked: 'ออกจากโหมดตู้: บัญชี {{name}} ถูกล็อกถึง {{until}}',
    /** Parts of a wrong-PIN note, which joins them with "; ". */
    wrongPinOf: 'ใส่ PIN ของ {{name}} ผิด', inARow: 'ผิดติดกัน {{count}} ครั้ง', nextTry: 'ลองใหม่ได้ตั้งแต่ {{until}}',
    refusedBefore: 'ก่อนหน้านี้ถูกปฏิเสธระหว่างรอ {{count}} ครั้ง',
    refusedWhileWaiting: 'มีการพยายามระหว่างต้องรอ (ถึง {{until}}) โดยไม่ตรวจ PIN จำนวนครั้งบันทึกในรายการถัดไป',
    /** Words of the coded notes (contract/auditNote.ts); values go into {{…}}. */
    coded: {
      created: 'สร้างใหม่', createdWithPdf: 'สร้างใหม่พร้อมไฟล์ PDF', createdWithScan: 'สร้างใหม่พร้อมไฟล์ PDF: ไฟล์สแกน ไม่มีข้อความให้ค้นหา',
      pdfAttached: 'แนบไฟล์ PDF', scanAttached: 'แนบไฟล์ PDF: ไฟล์สแกน ไม่มีข้อความให้ค้นหา',
      sampleCleared: 'ลบข้อมูลตัวอย่างแล้ว', firstAdmin: 'ตั้งผู้ดูแลระบบคนแรกด้วยรหัสตั้งค่าแบบใช้ครั้งเดียว', accountCreated: 'เพิ่มบัญชีผู้ใช้',
      pinReset: 'ผู้ดูแลระบบตั้ง PIN ใหม่ ล้างจำนวนครั้งที่ใส่ผิด และให้ออกจากระบบที่อื่น', unlocked: 'ผู้ดูแลระบบล้างจำนวนครั้งที่ใส่ PIN ผิดและเวลารอ',
      pinChanged: 'เจ้าของบัญชีเปลี่ยน PIN และให้ออกจากระบบที่อื่น', signedIn: 'เข้าสู่ระบบ', exitGateOk: 'ใส่ PIN ผู้ดูแลถูกต้องเพื่อออกจากโหมดตู้',
      wrongPinOf: 'ใส่ PIN ของ {{name}} ผิด', wrongUnknownChoice: 'ใส่ PIN ผิด (ไม่พบบัญชีหรือบัญชีถูกระงับ)', wrongExitGate: 'ออกจากโหมดตู้: ใส่ PIN ผู้ดูแลผิด',
      wrongSetupCode: 'ใส่รหัสตั้งค่าผิด', wrongSetupCodeExpired: 'ใส่รหัสตั้งค่าที่หมดอายุแล้ว',
      storeRecovered: 'ไฟล์ข้อมูล {{store}} เสียหาย ({{problem}}: {{detail}})', restoredFrom: 'กู้คืนจากสำเนา {{file}}', startedFromDefaults: 'ไม่มีสำเนาที่ใช้ได้ จึงเริ่มจากค่าตั้งต้น',
      lost: 'รายการที่หายไป {{count}} รายการ: {{list}}', noneLost: 'ไม่มีรายการที่บันทึกไว้สูญหาย',
      auditUnsound: 'รายการล่าสุดของประวัติการแก้ไขตรวจสอบไม่ผ่าน', firstBad: 'รายการแรกที่ผิดอยู่บรรทัดที่ {{line}}: {{reason}}',
      tornLine: 'บรรทัดสุดท้ายบันทึกไม่สมบูรณ์ ({{bytes}} ไบต์) แยกเก็บไว้ที่ {{file}}',
      registerViewed: 'เปิดดูข้อมูลส่วนบุคคล', registerViewedErased: 'เปิดดู (ลบข้อมูลส่วนบุคคลแล้ว)', registerMovedOn: 'เมื่อ {{on}}',
      personalErased: 'ลบข้อมูลส่วนบุคคลของ {{refs}}', personalErasedNone: 'ไม่มีเรื่องที่ถึงกำหนดลบข้อมูลส่วนบุคคล',
      holidaysImported: 'นำเข้าวันหยุด {{holidays}} วัน ของปี พ.ศ. {{years}} (แทน {{replaced}} วันเดิม)',
      holidaysRemoved: ' ลบวันหยุดที่ไม่มีในไฟล์: {{dates}}',
      fleetApplied: 'รับจากศูนย์กลาง {{source}} (รุ่น {{revision}}): เพิ่ม {{added}} แก้ไข {{updated}} ยกเลิก {{retired}} รายการ',
      unitNotApplied: 'รายการที่ {{seq}} ไม่ได้บันทึกลง {{stores}} ({{reason}}) ไม่มีส่วนใดของรายการอยู่ในข้อมูล',
      cutShort: 'ประวัติการแก้ไขสิ้นสุดที่รายการที่ {{seq}} แต่ข้อมูล {{stores}} ถูกบันทึกภายใต้รายการหลังจากนั้น: รายการท้ายประวัติหายไป (ถูกลบหรือตัดออก)',
      backedUp: 'สำรองข้อมูลทั้งโฟลเดอร์ (รวมข้อมูลส่วนบุคคล) ลงไฟล์ {{file}} ({{files}} ไฟล์)',
      restored: 'กู้คืนข้อมูลทั้งหมดจากไฟล์สำรอง {{file}} (สำรองไว้เมื่อ {{made}})', restoredKeptIn: 'ข้อมูลก่อนกู้คืนเก็บไว้ที่ {{folder}}',
      restoredUndone: 'รายการที่บันทึกหลังการสำรองและถูกย้อนกลับ {{count}} รายการ (เลขที่ตามประวัติก่อนกู้คืน): {{list}}', restoredNoneUndone: 'ไม่มีรายการที่ถูกย้อนกลับ',
      restoredFilingsUndone: 'เรื่องของประชาชนที่ถูกย้อนกลับ {{count}} เรื่อง ต้องบันทึกใหม่: {{list}}', restoredFiling: '{{ref}} (รับเมื่อ {{on}})',
      restoredFilingsUnchecked: 'ตรวจไม่ได้ว่ามีเรื่องของประชาชนถูกย้อนกลับหรือไม่ ({{reason}})',
      restoredUnrelated: 'ประวัติการแก้ไขเดิม ({{count}} รายการ) ไม่ได้ต่อจากไฟล์สำรองนี้',
    },
  },
};
export type AuditWords = typeof auditWordsTh;
