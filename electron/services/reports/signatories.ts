import type { Settings } from '../../contract/settings';

/** Who signs the printed report: a name for the brackets and a position under it; what is unknown is left as dots to fill in by pen. */
export interface Signatory { name?: string; position?: string }
export interface Signatories { preparer: Signatory; approver: Signatory }

// Thai titles written before a name (several may stack: "ว่าที่ร้อยตรี ดร.").
const TITLE = /^(?:(?:นางสาว|นาง|นาย|น\.ส\.|ว่าที่ร้อยตรีหญิง|ว่าที่ร้อยตรี|ว่าที่ ร\.ต\.|ดร\.|ศ\.|รศ\.|ผศ\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s*)+/;

/**
 * The settings keep each person as one line, "นางสาวกมลวรรณ ศรีประเสริฐสุข ผู้อำนวยการ…": a title,
 * a given name and a surname, then the position. A line that does not start with a title (e.g.
 * the neutral "ผู้บริหารหน่วยงาน") is a position only.
 */
export function splitNameAndPosition(line: string): Signatory {
  const text = line.trim().replace(/\s+/g, ' ');
  const title = TITLE.exec(text)?.[0] ?? '';
  if (!title) return { position: text || undefined };
  const [given, surname, ...rest] = text.slice(title.length).split(' ');
  if (!given) return { position: text };
  return { name: `${title}${given}${surname ? ` ${surname}` : ''}`, position: rest.join(' ') || undefined };
}

/** The position of a centre staff member listed in the settings under the name they signed in with. */
function positionOf(name: string, staff: Settings['centre']['staff']): string | undefined {
  const bare = (n: string) => n.replace(TITLE, '').replace(/\s+/g, ' ').trim();
  for (const entry of staff) {
    const person = splitNameAndPosition(entry.th);
    if (person.name && bare(person.name) === bare(name)) return person.position;
  }
  return undefined;
}

/** The preparer is whoever made the report (when a person is known); the approver is the executive in the settings. */
export function signatoriesOf(settings: Settings, preparedBy?: string): Signatories {
  const name = preparedBy?.trim() || undefined;
  return {
    preparer: { name, position: name ? positionOf(name, settings.centre.staff) : undefined },
    approver: splitNameAndPosition(settings.centre.executive.th),
  };
}
