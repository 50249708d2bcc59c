/** The fleet screen (ศูนย์กลาง): health of every kiosk and the consolidated report. Keys shared with fleet-en.ts. */
export const fleetTh = {
  title: 'ศูนย์กลาง / Fleet',
  notJoined: 'ตู้นี้ยังไม่ได้เชื่อมกับศูนย์กลาง ตู้ทำงานตามปกติแบบตู้เดียว (ผู้ดูแลระบบเชื่อมได้ด้วยคำสั่ง fleet join)',
  thisKiosk: 'ตู้นี้', role: { publisher: 'ผู้เผยแพร่ส่วนกลาง', kiosk: 'ตู้สาขา' },
  joined: '{{role}} {{kiosk}} สำนักงาน {{office}} เชื่อมกับ {{central}}',
  lastSync: 'ซิงค์สำเร็จล่าสุด {{when}}', neverSynced: 'ยังไม่เคยซิงค์สำเร็จ', lastError: 'ข้อผิดพลาดล่าสุด: {{error}}',
  syncNow: 'ซิงค์ตอนนี้', syncing: 'กำลังซิงค์…',
  synced: 'ซิงค์แล้ว: รับ {{pulled}} รายการ เพิ่ม {{added}} แก้ไข {{updated}} ยกเลิก {{retired}} ส่งสถิติ {{rollups}} วัน',
  refused: 'เอกสารจากศูนย์กลางที่ตู้ไม่รับ (ข้อมูลไม่ถูกต้อง) {{count}} รายการ',
  health: 'สถานะตู้ทั้งหมด', kiosk: 'ตู้', office: 'สำนักงาน', version: 'รุ่นโปรแกรม', lastHeartbeat: 'ติดต่อล่าสุด',
  lag: 'ตามหลังสารบัญกลาง (รายการ)', errors: 'ข้อผิดพลาด 24 ชม.', stale: 'ขาดการติดต่อเกิน {{minutes}} นาที', ok: 'ปกติ',
  skew: 'นาฬิกาตู้คลาด {{hours}} ชม.', revision: 'สารบัญกลางรุ่นที่ {{revision}} · ตรวจเมื่อ {{when}}', noKiosks: 'ยังไม่มีตู้ใดส่งสถานะมา',
  report: 'รายงานรวมทุกสำนักงาน', byOffice: 'แยกตามสำนักงาน', total: 'รวมทั้งหมด', kiosks: 'จำนวนตู้',
  visits: 'ครั้งที่ใช้บริการ', searches: 'การค้นหา', documentViews: 'การเปิดดูเอกสาร',
  exportOffice: 'ส่งออกของ', allOffices: 'ทุกสำนักงาน (รวม)',
};
export type FleetDictionary = typeof fleetTh;
