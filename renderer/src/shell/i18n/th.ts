import { fleetTh } from './fleet-th';
import { adminTh } from './admin-th';
import { registersTh } from './registers-th';
import { staffTh } from './staff-th';
/** Thai interface text (the default language). Keys are shared with en.ts. */
export const th = {
  app: { title: 'ศูนย์ข้อมูลข่าวสาร', home: 'หน้าแรก', back: 'ย้อนกลับ', language: 'English', languageName: 'เปลี่ยนเป็นภาษาอังกฤษ', loading: 'กำลังโหลด…', error: 'เกิดข้อผิดพลาด', retry: 'ลองอีกครั้ง', inThai: '(ภาษาไทย)' },
  home: {
    welcome: 'ยินดีต้อนรับ', searchPlaceholder: 'แตะเพื่อค้นหาเอกสาร บริการ หรือข้อมูล', searchLabel: 'ค้นหาข้อมูลข่าวสาร',
    browse: 'เลือกดูตามหมวดหมู่', documents: '{{count}} รายการ', services: 'คู่มือบริการประชาชน', servicesHint: 'ขั้นตอน ระยะเวลา ค่าธรรมเนียม เอกสารที่ต้องใช้',
    about: 'เกี่ยวกับศูนย์ข้อมูลข่าวสาร', aboutHint: 'เวลาทำการ สถานที่ ผู้รับผิดชอบ', request: 'ขอข้อมูลที่ไม่มีในตู้', requestHint: 'ยื่นคำขอตามมาตรา 11',
    complaint: 'ร้องเรียน / แจ้งเบาะแส', complaintHint: 'ช่องทางร้องเรียน', touchToStart: 'แตะหน้าจอเพื่อเริ่มใช้งาน',
  },
  search: {
    badQuery: 'ค้นหาด้วยคำนี้ไม่ได้ โปรดใช้คำค้นที่สั้นลง ไม่เกิน {{max}} ตัวอักษร', title: 'ค้นหา', inputLabel: 'คำค้นหา', placeholder: 'เอกสาร บริการ หรือข้อมูล', clear: 'ล้างคำค้น', results: 'พบ {{count, number}} รายการ', results_one: 'พบ {{count, number}} รายการ', found: 'ผลการค้นหา', typeToSearch: 'พิมพ์คำค้นด้วยแป้นพิมพ์ด้านล่าง', tapToType: 'แตะช่องค้นหาด้านบนเพื่อพิมพ์',
    didYouMean: 'หมายถึง', weak: 'ผลที่ใกล้เคียง', allGroups: 'ทุกหมวด', allYears: 'ทุกปี', year: 'ปี พ.ศ. {{year}}',
    sortRelevance: 'ตรงที่สุด', sortNewest: 'ใหม่ที่สุด', sort: 'เรียงตาม', filters: 'ตัวกรอง', group: 'หมวด',
    noResultTitle: 'ไม่พบข้อมูลที่ค้นหา', noResultText: 'ลองใช้คำอื่น หรือเลือกดูตามหมวดหมู่',
    noResultRequest: 'หากต้องการข้อมูลที่ไม่มีในตู้นี้ ท่านมีสิทธิ์ยื่นคำขอข้อมูลข่าวสารตามมาตรา 11 แห่ง พ.ร.บ.ข้อมูลข่าวสารของราชการ พ.ศ. 2540 ได้ที่เจ้าหน้าที่ศูนย์ข้อมูลข่าวสาร โดยไม่ต้องแจ้งเหตุผล',
    referral: 'เรื่องนี้อยู่ในความรับผิดชอบของ', referralContact: 'ติดต่อ',
    pages: 'หน้าผลการค้นหา', pageRange: 'รายการที่ {{from, number}}–{{to, number}} จาก {{count, number}}', previousPage: 'หน้าก่อน', nextPage: 'หน้าถัดไป', closestGroup: 'หมวดที่ใกล้เคียง', service: 'บริการ', more: 'แสดงเพิ่มเติม', foundIn: { title: 'พบในชื่อเรื่อง', keyword: 'พบในคำสำคัญ', category: 'พบในหมวด', unit: 'พบในหน่วยงาน' },
    partial: 'เครื่องเพิ่งเริ่มทำงาน กำลังจัดทำดัชนีเนื้อหาเอกสาร: ขณะนี้ค้นจากชื่อเรื่อง คำสำคัญ และสาระสำคัญ ผลจะครบในอีกไม่กี่วินาที', updating: 'ตู้กำลังรับเอกสารที่เจ้าหน้าที่เพิ่งนำเข้าเข้าสู่ดัชนี ผลการค้นหานี้อาจยังไม่รวมเอกสารเหล่านั้น ตู้จะค้นให้ใหม่ในอีกไม่กี่วินาที', correctedTo: 'ค้นหาเป็น <b>{{corrected}}</b> แทน', searchAsTyped: 'ค้นหาตามที่พิมพ์ {{typed}}', requestForm: 'ยื่นคำขอข้อมูลข่าวสาร',
  },
  keyboard: { label: 'แป้นพิมพ์บนจอ', thai: 'ไทย', english: 'ABC', digits: '123', shift: 'Shift', space: 'เว้นวรรค', backspace: 'ลบ', enter: 'ค้นหา', thaiDigits: 'เลขไทย', arabicDigits: 'เลขอารบิก', hide: 'ซ่อนแป้นพิมพ์', show: 'แสดงแป้นพิมพ์' },
  browse: { title: 'หมวดหมู่', empty: 'ยังไม่มีเอกสารในหมวดนี้', procurementMonths: 'สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)', fiscalYear: 'ปีงบประมาณ {{year}}', chooseFiscalYear: 'เลือกปีงบประมาณ', currentYear: 'ปีปัจจุบัน', missing: 'ไม่มีเอกสาร', notDue: 'ยังไม่ถึงกำหนด', awaiting: 'รอเผยแพร่', awaitingBy: '(ภายใน {{date}})', available: 'มีเอกสาร',
    legend: 'ไม่มีเอกสาร: เดือนนั้นสิ้นสุดแล้วและเลยกำหนดเผยแพร่ แต่ยังไม่มีสรุปผลในตู้ ขอดูได้ที่เจ้าหน้าที่ · รอเผยแพร่: สรุปผลของเดือนที่เพิ่งสิ้นสุดจะเผยแพร่ภายในวันที่ระบุ · ยังไม่ถึงกำหนด: สรุปผลของแต่ละเดือนเผยแพร่หลังสิ้นเดือน', shownOf: 'แสดง {{shown, number}} จาก {{count, number}} รายการ', showMore: 'แสดงเพิ่มอีก {{count, number}} รายการ', otherProcurement: 'แผน ประกาศ และราคากลาง' },
  document: {
    published: 'วันที่เผยแพร่', unit: 'หน่วยงานที่รับผิดชอบ', category: 'หมวด', legal: 'ตามกฎหมาย', summary: 'สรุปสาระสำคัญ', keywords: 'คำสำคัญ',
    paper: 'ต้นฉบับเอกสารจัดเก็บที่', copy: 'ขอสำเนาเอกสาร', copyText: 'ขอสำเนาได้ที่เจ้าหน้าที่ศูนย์ข้อมูลข่าวสาร ค่าสำเนาหน้าละ {{copy}} บาท และรับรองสำเนาถูกต้องหน้าละ {{certified}} บาท',
    qr: 'สแกนเพื่อเปิดเอกสารบนโทรศัพท์', related: 'เอกสารที่เกี่ยวข้อง', noFile: 'ไม่มีไฟล์เอกสารในตู้ โปรดขอดูต้นฉบับจากเจ้าหน้าที่',
    fileMissing: 'ขออภัย ไม่มีไฟล์ของเอกสารนี้ในตู้นี้ โปรดสอบถามเจ้าหน้าที่ศูนย์ข้อมูลข่าวสาร', notFound: 'ไม่พบเอกสารนี้',
  },
  viewer: { label: 'เอกสาร PDF', page: 'หน้า {{n}} / {{total}}', prev: 'หน้าก่อน', next: 'หน้าถัดไป', zoomIn: 'ขยาย', zoomOut: 'ย่อ', missing: 'ไม่สามารถแสดงไฟล์เอกสารได้ โปรดติดต่อเจ้าหน้าที่', loading: 'กำลังเปิดเอกสาร…',
    print: 'พิมพ์เอกสาร', preparingPrint: 'กำลังเตรียมพิมพ์…', printFailed: 'พิมพ์เอกสารไม่สำเร็จ โปรดติดต่อเจ้าหน้าที่' },
  services: { title: 'คู่มือบริการประชาชน', steps: 'ขั้นตอนการให้บริการ', step: 'ขั้นตอนที่ {{n}}', time: 'ระยะเวลา', total: 'รวมระยะเวลาทั้งสิ้น', fees: 'ค่าธรรมเนียม', noFee: 'ไม่มีค่าธรรมเนียม', baht: '{{amount}} บาท', documents: 'เอกสารที่ต้องใช้', checklistQr: 'สแกนเพื่อเก็บรายการเอกสารที่ต้องใช้ไว้ในโทรศัพท์', printChecklist: 'พิมพ์รายการเอกสารที่ต้องใช้', channels: 'สถานที่ / ช่องทางการให้บริการ', unit: 'หน่วยงานที่รับผิดชอบ', minutes: '{{count}} นาที', hours: '{{count}} ชั่วโมง', days: '{{count}} วันทำการ', days_one: '{{count}} วันทำการ', recurring: 'ทำเป็นประจำหลังได้รับบริการ ไม่นับรวมในระยะเวลาทั้งสิ้น' },
  centre: { title: 'เกี่ยวกับศูนย์ข้อมูลข่าวสาร', hours: 'เวลาทำการ', location: 'สถานที่ตั้ง', executive: 'ผู้บริหารที่รับผิดชอบ', staff: 'เจ้าหน้าที่ประจำศูนย์', phone: 'โทรศัพท์', request: 'การขอข้อมูลข่าวสาร', complaint: 'ช่องทางการร้องเรียน', complainInstead: 'ต้องการร้องเรียนหรือแจ้งเบาะแสแทน? ดูช่องทางการร้องเรียน' },
  idle: { title: 'ยังใช้งานอยู่หรือไม่?', text: 'หน้าจอจะกลับสู่หน้าแรกใน {{seconds}} วินาที', stay: 'แตะเพื่อใช้งานต่อ' },
  survey: {
    title: 'ขอบคุณที่ใช้บริการ', who: 'ท่านคือใคร', how: 'ท่านพึงพอใจกับการใช้บริการเพียงใด', send: 'ส่งคำตอบ', skip: 'ข้าม',
    types: { insured: 'ผู้ประกันตน', employer: 'นายจ้าง', public: 'ประชาชนทั่วไป', government: 'หน่วยงานราชการ', other: 'อื่น ๆ' },
    levels: { 1: 'ไม่พอใจมาก', 2: 'ไม่พอใจ', 3: 'เฉย ๆ', 4: 'พอใจ', 5: 'พอใจมาก' },
  },
  staff: staffTh,
  admin: adminTh,
  registers: registersTh,
  fleet: fleetTh,
  finish: 'จบการใช้งาน',
  a11y: { tools: 'ปุ่มปรับหน้าจอ', textSize: 'ขนาดตัวอักษร', text: 'ตัวอักษร', smaller: 'เล็ก', larger: 'ใหญ่', textSmaller: 'ตัวอักษรเล็กลง', textLarger: 'ตัวอักษรใหญ่ขึ้น', contrast: 'สีเข้ม' },
};
export type Dictionary = typeof th;
