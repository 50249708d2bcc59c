import { z } from 'zod';
import { RegisterKind } from './registers';

/*
 * What an audit entry's note says, as a code with values, written by the services and put into
 * words by the screens (in the staff's language) and by the CSV export (in English). Nothing parses
 * a sentence back: a rewording of a label, or a name containing "; ", cannot lose what was said.
 * Entries written before notes had codes hold an English sentence; `AuditNoteOrLegacy` still reads them.
 */

/** Whose PIN (or code) was wrong. */
const WrongSecret = z.discriminatedUnion('of', [
  z.strictObject({ of: z.literal('account'), name: z.string() }),
  z.strictObject({ of: z.literal('unknownChoice') }),
  z.strictObject({ of: z.literal('exitGate') }),
  z.strictObject({ of: z.literal('setupCode'), expired: z.boolean() }),
]);
export type WrongSecret = z.infer<typeof WrongSecret>;

const code = <C extends string>(c: C) => z.literal(c);

/**
 * An entry another entry's note names (a change a restore undid, one a recovery lost), by its
 * parts, so the audit screen says the action in words and the time in Bangkok time; entries
 * written before kept one line (`#seq method at actor targets`), still read as written.
 */
export const EntryRef = z.strictObject({ seq: z.number().int(), method: z.string(), at: z.string(), actor: z.string().optional(), targets: z.array(z.string()) });
export type EntryRef = z.infer<typeof EntryRef>;
const NamedEntry = z.union([z.string(), EntryRef]);

/** The line the export writes for a named entry (as entries were named before they kept their parts). */
export const entryLine = (e: string | EntryRef): string =>
  typeof e === 'string' ? e : `#${e.seq} ${e.method} ${e.at} ${e.actor ?? ''} ${e.targets.join(' ')}`.trim();

export const AuditNote = z.discriminatedUnion('code', [
  z.strictObject({ code: code('document.created'), pdf: z.enum(['none', 'text', 'scan']) }),
  z.strictObject({ code: code('document.pdfAttached'), scan: z.boolean() }),
  z.strictObject({ code: code('document.deleted'), reason: z.string() }),
  z.strictObject({ code: code('service.created') }),
  /** What the staff member typed (e.g. why a document was retired): shown as written. */
  z.strictObject({ code: code('staff.typed'), text: z.string() }),
  z.strictObject({ code: code('import.applied'), file: z.string() }),
  z.strictObject({ code: code('catalogue.sampleCleared') }),
  z.strictObject({ code: code('account.firstAdmin') }),
  z.strictObject({ code: code('account.created') }),
  z.strictObject({ code: code('account.pinReset') }),
  z.strictObject({ code: code('account.unlocked') }),
  z.strictObject({ code: code('account.pinChanged') }),
  z.strictObject({ code: code('signIn.ok') }),
  z.strictObject({ code: code('exitGate.ok') }),
  /** A checked wrong PIN (or setup code): how many in a row, when the next try may come, refusals before it. */
  z.strictObject({
    code: code('pin.wrong'), secret: WrongSecret, inARow: z.number().int(),
    nextTryAt: z.string().optional(), refusedWhileWaiting: z.number().int().optional(),
  }),
  /** Tries during a wait are not checked; one entry per wait, their number told in the next. */
  z.strictObject({ code: code('pin.refusedWhileWaiting'), until: z.string() }),
  z.strictObject({
    code: code('store.recovered'), store: z.string(), problem: z.string(), detail: z.string(),
    restoredFrom: z.string().optional(), lost: z.array(NamedEntry),
  }),
  /** `reasonTh`: the same reason in Thai, for the staff's audit screen (absent from entries written before it was kept). */
  z.strictObject({ code: code('audit.unsound'), firstBadLine: z.number().int().optional(), reason: z.string().optional(), reasonTh: z.string().optional() }),
  z.strictObject({ code: code('audit.tornLine'), bytes: z.number().int(), sha256: z.string(), movedTo: z.string() }),
  /** A staff member opened a register item holding personal data (or its record after erasure). */
  z.strictObject({ code: code('register.viewed'), erased: z.boolean() }),
  /** A register state change dated by staff (e.g. the day the requester was told). */
  z.strictObject({ code: code('register.movedOn'), on: z.string() }),
  z.strictObject({ code: code('register.personalErased'), refs: z.array(z.string()) }),
  /** `removed`: the holidays of those years the file did not list (dates), taken out with it (absent from entries before it existed). */
  z.strictObject({ code: code('holidays.imported'), holidays: z.number().int(), years: z.array(z.string()), replaced: z.number().int(), removed: z.array(z.string()).optional() }),
  /** One replication batch from the centre applied to this kiosk's catalogue. */
  z.strictObject({
    code: code('fleet.applied'), source: z.string(), revision: z.string(),
    added: z.number().int(), updated: z.number().int(), retired: z.number().int(),
  }),
  z.strictObject({ code: code('audit.unitNotApplied'), seq: z.number().int(), stores: z.array(z.string()), reason: z.string() }),
  /** Stores written under entries later than the trail's last (`lastSeq`): entries were cut from its end. */
  z.strictObject({ code: code('audit.cutShort'), lastSeq: z.number().int(), stores: z.array(z.strictObject({ store: z.string(), seq: z.number().int() })) }),
  /**
   * The data folder was replaced from a backup (whose trail this one now is): the entries of the
   * replaced trail after the backup's last, undone; or, when that trail did not continue the
   * backup's, how many entries it held. `keptIn`: the replaced folder, beside the data folder.
   * `filingsUndone`: the citizens' filings the replaced registers held and the restored ones lack
   * (reference, kind, day received: no personal data); `filingsUnchecked`: why they could not be
   * compared. Both absent from entries written before they were kept.
   */
  z.strictObject({
    code: code('backup.restored'), archive: z.string(), madeAt: z.string(), keptIn: z.string().optional(),
    undone: z.array(NamedEntry), unrelated: z.number().int().optional(),
    filingsUndone: z.array(z.strictObject({ ref: z.string(), kind: RegisterKind, receivedOn: z.string() })).optional(),
    filingsUnchecked: z.string().optional(),
  }),
  /** The whole folder (personal data with it) was copied into `archive`: who copies the data is the trail's business. */
  z.strictObject({ code: code('backup.made'), archive: z.string(), files: z.number().int(), bytes: z.number().int() }),
]);
export type AuditNote = z.infer<typeof AuditNote>;

/** A note as the trail holds it: coded, or an English sentence from before notes had codes. */
export const AuditNoteOrLegacy = z.union([AuditNote, z.string()]);
export type AuditNoteOrLegacy = z.infer<typeof AuditNoteOrLegacy>;

const secretText = (s: WrongSecret): string => {
  switch (s.of) {
    case 'account': return `PIN for ${s.name}`;
    case 'unknownChoice': return 'PIN for an unknown or disabled sign-in choice';
    case 'exitGate': return 'administrator PIN at the exit gate';
    case 'setupCode': return s.expired ? 'setup code (expired)' : 'setup code';
  }
};

/**
 * The note in English, as the trail's CSV export writes it (the sentences the trail held before
 * notes had codes). Only for reading; nothing parses it back.
 */
export function auditNoteEnglish(note: AuditNoteOrLegacy): string {
  if (typeof note === 'string') return note;
  switch (note.code) {
    case 'document.created': return note.pdf === 'none' ? 'created' : note.pdf === 'text' ? 'created with PDF' : 'created with PDF: no searchable text (scan)';
    case 'document.pdfAttached': return note.scan ? 'PDF attached: no searchable text (scan)' : 'PDF attached';
    case 'document.deleted': return `deleted: ${note.reason}`;
    case 'service.created': return 'created';
    case 'staff.typed': return note.text;
    case 'import.applied': return `import ${note.file}`;
    case 'catalogue.sampleCleared': return 'sample catalogue cleared';
    case 'account.firstAdmin': return 'first administrator set up with the one-time setup code';
    case 'account.created': return 'account created';
    case 'account.pinReset': return 'PIN reset by an administrator; wrong-PIN count cleared; other sessions ended';
    case 'account.unlocked': return 'wrong-PIN count and wait cleared by an administrator';
    case 'account.pinChanged': return 'PIN changed by its owner; other sessions ended';
    case 'signIn.ok': return 'signed in';
    case 'exitGate.ok': return 'administrator PIN accepted at the exit gate';
    case 'pin.wrong': {
      const parts = [`wrong ${secretText(note.secret)}`, `${note.inARow} in a row`];
      if (note.nextTryAt) parts.push(`next try not before ${note.nextTryAt}`);
      if (note.refusedWhileWaiting) parts.push(`${note.refusedWhileWaiting} attempts refused while waiting before this`);
      return parts.join('; ');
    }
    case 'pin.refusedWhileWaiting': return `attempts refused unchecked while waiting until ${note.until} (counted in the next entry)`;
    case 'store.recovered':
      return `${note.problem}: ${note.detail}; ${note.restoredFrom ? `restored from ${note.restoredFrom}` : 'started from defaults'}; ${note.lost.length ? `lost ${note.lost.length} audited change(s): ${note.lost.map(entryLine).join('; ')}` : 'no audited change lost'}`;
    case 'audit.unsound': return `last entry does not check out${note.firstBadLine !== undefined ? `; first bad entry at line ${note.firstBadLine}: ${note.reason ?? ''}` : ''}`;
    case 'audit.tornLine': return `torn last line (${note.bytes} bytes, sha256 ${note.sha256}) moved to ${note.movedTo}`;
    case 'register.viewed': return note.erased ? 'viewed (personal data already erased)' : 'viewed personal data';
    case 'register.movedOn': return `on ${note.on}`;
    case 'register.personalErased': return `personal fields erased: ${note.refs.length ? note.refs.join(', ') : 'none due'}`;
    case 'holidays.imported': return `imported ${note.holidays} holidays for ${note.years.join(', ')} (replacing ${note.replaced})${note.removed?.length ? `; removed ${note.removed.join(', ')}` : ''}`;
    case 'fleet.applied': return `fleet: from ${note.source} revision ${note.revision}: added ${note.added}, updated ${note.updated}, retired ${note.retired}`;
    case 'audit.unitNotApplied': return `entry ${note.seq} was not saved to ${note.stores.join(', ')} (${note.reason}); nothing of it is in the data`;
    case 'audit.cutShort': return `the trail ended at entry ${note.lastSeq}, but ${note.stores.map((h) => `${h.store} was written under entry ${h.seq}`).join(', ')}: entries were missing from its end`;
    case 'backup.made': return `the data folder was copied into ${note.archive} (${note.files} files, ${note.bytes} bytes)`;
    case 'backup.restored': return `data restored from ${note.archive} (made ${note.madeAt})${note.keptIn ? `; the replaced data is kept in ${note.keptIn}` : ''}; ${
      note.unrelated !== undefined ? `the replaced trail (${note.unrelated} entries) did not continue this backup's`
        : note.undone.length ? `undone ${note.undone.length} audited change(s): ${note.undone.map(entryLine).join('; ')}` : 'no audited change undone'}${
      note.filingsUnchecked !== undefined ? `; could not check which citizen filings were undone (${note.filingsUnchecked})`
        : note.filingsUndone?.length ? `; citizen filings undone: ${note.filingsUndone.map((f) => `${f.ref} ${f.kind} received ${f.receivedOn}`).join(', ')}` : ''}`;
  }
}
