import { escapeXml as esc } from './svgCharts';
import type { Signatories, Signatory } from './signatories';

/**
 * The signature block of a Thai official report, one column per signer:
 *   ลงชื่อ ................................ ผู้จัดทำรายงาน
 *            ( นายสมชาย ใจดี )
 *   ตำแหน่ง ................................
 *   วันที่ ........ เดือน .................. พ.ศ. ..........
 * A name or position that is not known stays a dotted line, to be written in by pen.
 */
function signer(role: string, person: Signatory): string {
  const name = person.name ? `( ${esc(person.name)} )` : '(<span class="blank name"></span>)';
  const position = person.position ? esc(person.position) : '<span class="blank"></span>';
  return `<div class="signer">
    <div class="sign-line">ลงชื่อ<span class="blank sign"></span>${esc(role)}</div>
    <div class="signer-name">${name}</div>
    <div class="signer-position">ตำแหน่ง ${position}</div>
    <div class="signer-date">วันที่<span class="blank short"></span>เดือน<span class="blank"></span>พ.ศ.<span class="blank short"></span></div>
  </div>`;
}

export function signatureBlock(people: Signatories): string {
  return `<div class="signatures">${signer('ผู้จัดทำรายงาน', people.preparer)}${signer('ผู้อนุมัติ/ผู้บริหาร', people.approver)}</div>`;
}

export const signatureCss = `
.signatures { display: grid; grid-template-columns: 1fr 1fr; gap: 28px; margin-top: 36px; break-inside: avoid; }
.signer { text-align: center; }
.signer > div { margin-top: 8px; }
.signer .sign-line { display: flex; align-items: baseline; gap: 6px; margin-top: 0; white-space: nowrap; }
.signer .signer-date { display: flex; align-items: baseline; gap: 4px; white-space: nowrap; }
.blank { display: inline-block; flex: 1; min-width: 3em; border-bottom: 1.5px dotted #111; height: 1em; }
.blank.sign { min-width: 40%; }
.blank.short { flex: 0 0 3.2em; }
.blank.name { width: 60%; flex: none; }
.signer-position .blank { width: 70%; flex: none; }
`;
