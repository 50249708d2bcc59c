/**
 * The take-away of a service standard: the documents to bring, as plain text short enough for a
 * QR code a phone reads off the screen, and for the printed slip. One wording for both.
 */
interface Bi { th: string; en?: string | undefined }

export function serviceChecklist(service: { title: Bi; documents: readonly Bi[] }, language: string): string {
  const en = language === 'en';
  const text = (b: Bi) => (en ? b.en || b.th : b.th);
  const heading = en ? 'Documents to bring' : 'เอกสารที่ต้องเตรียม';
  const lines = service.documents.map((d, i) => `${i + 1}. ${text(d)}`);
  return [`${heading}: ${text(service.title)}`, ...lines].join('\n');
}
