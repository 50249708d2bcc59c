/** Function words that carry no topic: not indexed and not counted when a query must match all words. */
export const stopWords: ReadonlySet<string> = new Set([
  'ที่', 'ของ', 'และ', 'ใน', 'การ', 'ความ', 'ให้', 'ได้', 'เป็น', 'มี', 'จะ', 'ว่า', 'ซึ่ง', 'โดย', 'กับ',
  'จาก', 'หรือ', 'แต่', 'นี้', 'เพื่อ', 'ตาม', 'อยู่', 'แล้ว', 'ก็', 'ถึง', 'ทั้ง', 'ๆ', 'แก่', 'ต่อ', 'อัน', 'ไว้',
  // The era written before a year ("พ.ศ. ๒๕๖๗"): the year itself carries both eras (eraYears).
  'พศ', 'คศ',
  'the', 'of', 'and', 'for', 'to', 'in', 'a', 'an', 'is', 'on', 'by', 'with', 'at', 'or',
]);

/** Question and politeness words a citizen types but no document contains; dropped from queries only. */
export const queryFillerWords: ReadonlySet<string> = new Set([
  'อะไร', 'ไหน', 'ยังไง', 'อย่างไร', 'เท่าไร', 'เท่าไหร่', 'ไหม', 'มั้ย', 'บ้าง', 'ครับ', 'ค่ะ', 'คะ', 'นะ',
  'อยาก', 'ไหร่', 'เท่า', 'ทำไง', 'ต้อง', 'หน่อย', 'ช่วย', 'ไป', 'มา', 'ทำ', 'เรา', 'ผม', 'ฉัน', 'หนู', 'how', 'what', 'where', 'my', 'i', 'do',
]);
