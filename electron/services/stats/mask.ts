/**
 * Citizens sometimes type their own numbers into the search box. Before a query is stored, every
 * digit of anything that looks like a Thai ID number or a phone number becomes `#`, so the usage
 * log never holds one. Separators are kept so the shape stays visible ("#-####-#####-##-#").
 */
const D = '[0-9\u0E50-\u0E59]'; // Arabic and Thai digits
const SEP = '[ \\-.]?';

const patterns: readonly RegExp[] = [
  // 13-digit national ID, with or without dashes/spaces/dots between any digits (1-2345-67890-12-3).
  new RegExp(`(?<!${D})${D}(?:${SEP}${D}){12}(?!${D})`, 'g'),
  // +66 / 66 international form: 8 or 9 digits after the country code.
  new RegExp(`\\+\\s?66${SEP}\\(?0?\\)?${SEP}${D}(?:${SEP}${D}){7,8}(?!${D})`, 'g'),
  // Local form: 0X-XXX-XXXX (landline, 9 digits) or 0XX-XXX-XXXX / 08XXXXXXXX (mobile, 10 digits).
  new RegExp(`(?<!${D})\\(?0${D}\\)?${SEP}${D}(?:${SEP}${D}){6,7}(?!${D})`, 'g'),
  // Any other long run of digits (account, passport or card numbers): nothing a catalogue search needs.
  new RegExp(`${D}{9,}`, 'g'),
];

const DIGIT = new RegExp(D, 'g');

export function maskPersonalNumbers(text: string): string {
  let out = text;
  for (const pattern of patterns) out = out.replace(pattern, (match) => match.replace(DIGIT, '#'));
  return out;
}
