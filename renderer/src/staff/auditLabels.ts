import { actionNameIn } from '../../../electron/contract/auditActions';
import type { AuditNoteOrLegacy, EntryRef, WrongSecret } from '../../../electron/contract/auditNote';
import { categories } from '../../../electron/contract/categories';
import { kindOfRef } from '../../../electron/contract/registers';
import { longDateForReader, shortDateForReader, yearForReader } from '../../../electron/contract/thaiCalendar';
import { formatDate, formatTime } from '../shell/format';
import { auditWordsEn } from '../shell/i18n/staff-audit-en';
import { auditWordsTh, type AuditWords } from '../shell/i18n/staff-audit-th';
import { plainText } from './auditDiffRows';

/**
 * The audit trail in words: the trail stores codes (`documents.save`, `title.th`, `admin`, English
 * notes) so that it stays exact and exportable; these turn them into the staff's language for the
 * screen, falling back to the raw code for anything new.
 */
export const auditWordsFor = (language: string): AuditWords => (language === 'en' ? auditWordsEn : auditWordsTh);

/** `{{name}}` in the words, filled in. */
export const fillWords = (template: string, values: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');

/** Every action of the trail, by group, in the order the filter lists them. */
export const actionGroups = (w: AuditWords) =>
  Object.entries(w.actions).map(([prefix, group]) => ({ prefix: `${prefix}.`, label: group.label, items: Object.entries(group.items as Record<string, string>) }));

export const actionLabel = (w: AuditWords, method: string): string => actionNameIn(w.actions, method);

/** `title.th` -> "ชื่อเรื่อง (ไทย)", `agency.name.en` -> "ชื่อหน่วยงาน (อังกฤษ)"; an unknown path stays as it is. */
export function fieldLabel(w: AuditWords, path: string): string {
  const parts = path.split('.');
  const last = parts.at(-1) ?? '';
  const language = last === 'th' || last === 'en' ? w.languages[last] : undefined;
  const base = language ? parts.slice(0, -1).join('.') : path;
  const label = w.fields[base];
  if (!label) return path;
  return language ? `${label} (${language})` : label;
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
/** An instant as the services store it (UTC ISO): shown in Bangkok time. */
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const isBilingual = (v: unknown): v is { th: string } => typeof v === 'object' && v !== null && typeof (v as { th?: unknown }).th === 'string';

/** A value as staff read it: roles, statuses, categories, register codes and yes/no in words, days in the calendar they use, times in Bangkok time. */
export function valueText(w: AuditWords, path: string, value: unknown, language: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  const field = path.split('.').at(-1) ?? path;
  if (typeof value === 'boolean') return value ? w.yes : w.no;
  if (typeof value === 'string') {
    if (field === 'role') return w.roles[value] ?? value;
    if (field === 'status') return w.statuses[value] ?? value;
    if (field === 'category') {
      const category = categories.find((c) => c.code === value);
      return category ? `${language === 'en' ? category.name.en : category.name.th} (${value})` : value;
    }
    // The registers' fields (a filing, a move, their settings): only they have these names.
    const register = w.register;
    if (field === 'state') return register.states[value] ?? value;
    if (field === 'kind') return register.kinds[value] ?? value;
    if (field === 'channel') return register.channels[value] ?? value;
    if (field === 'topic') return register.topics[value] ?? value;
    if (path === 'refusal.reason') return register.reasons[value] ?? value;
    if (path === 'request.unit' || path === 'complaint.unit') return register.units[value] ?? value;
    if (isoDay.test(value)) return longDateForReader(value, language);
    if (isoInstant.test(value)) return formatTime(value, language);
  }
  // Lists of bilingual items (documents, channels, staff) or steps/fees: their Thai text, one after another.
  if (Array.isArray(value) && value.length > 0 && value.every((x) => isBilingual(x) || isBilingual((x as { text?: unknown; label?: unknown })?.text ?? (x as { label?: unknown })?.label))) {
    return plainText(value.map((x: unknown) => {
      const item = x as { th?: string; text?: { th: string }; label?: { th: string } };
      return item.th ?? item.text?.th ?? item.label?.th ?? '';
    }));
  }
  return plainText(value);
}

/**
 * `document:sso-budget-2570` -> "เอกสาร sso-budget-2570"; `settings` -> "การตั้งค่า";
 * `register:ขข-2569-000001` -> "คำขอข้อมูลข่าวสาร ขข-2569-000001" (the register its reference names);
 * `holiday:2026-12-31` -> "วันหยุดราชการ 31 ธันวาคม 2569".
 */
export function targetText(w: AuditWords, target: string, language = 'th'): string {
  const colon = target.indexOf(':');
  const kind = colon < 0 ? target : target.slice(0, colon);
  const id = target.slice(colon + 1);
  if (kind === 'register' && colon >= 0) {
    const register = kindOfRef(id);
    return `${register ? w.register.kinds[register] : w.register.item} ${id}`;
  }
  const label = w.targets[kind];
  if (!label) return target;
  // The data folder is the only folder a backup or restore names ('folder:data'): its name says nothing more.
  if (kind === 'folder' || colon < 0) return label;
  return `${label} ${isoDay.test(id) ? longDateForReader(id, language) : id}`;
}

const timeText = formatTime;

function secretText(w: AuditWords, secret: WrongSecret): string {
  const c = w.notes.coded;
  switch (secret.of) {
    case 'account': return fillWords(c.wrongPinOf, { name: secret.name });
    case 'unknownChoice': return c.wrongUnknownChoice;
    case 'exitGate': return c.wrongExitGate;
    case 'setupCode': return secret.expired ? c.wrongSetupCodeExpired : c.wrongSetupCode;
  }
}

/**
 * A note in words: a coded note (contract/auditNote.ts) from its code and values, so a rewording
 * of the words or a name with "; " in it changes nothing; an English sentence written before notes
 * had codes through the legacy reader below.
 */
export function noteText(w: AuditWords, note: AuditNoteOrLegacy, language = 'th'): string {
  if (typeof note === 'string') return legacyNoteText(w, note);
  const c = w.notes.coded;
  const fill = fillWords;
  switch (note.code) {
    case 'document.created': return note.pdf === 'none' ? c.created : note.pdf === 'text' ? c.createdWithPdf : c.createdWithScan;
    case 'document.pdfAttached': return note.scan ? c.scanAttached : c.pdfAttached;
    case 'document.deleted': return fill(w.notes.deleted, { reason: note.reason });
    case 'service.created': return c.created;
    case 'staff.typed': return note.text;
    case 'import.applied': return fill(w.notes.import, { file: note.file });
    case 'catalogue.sampleCleared': return c.sampleCleared;
    case 'account.firstAdmin': return c.firstAdmin;
    case 'account.created': return c.accountCreated;
    case 'account.pinReset': return c.pinReset;
    case 'account.unlocked': return c.unlocked;
    case 'account.pinChanged': return c.pinChanged;
    case 'signIn.ok': return c.signedIn;
    case 'exitGate.ok': return c.exitGateOk;
    case 'pin.wrong': return [
      secretText(w, note.secret),
      fill(w.notes.inARow, { count: String(note.inARow) }),
      ...(note.nextTryAt ? [fill(w.notes.nextTry, { until: timeText(note.nextTryAt, language) })] : []),
      ...(note.refusedWhileWaiting ? [fill(w.notes.refusedBefore, { count: String(note.refusedWhileWaiting) })] : []),
    ].join(' · ');
    case 'pin.refusedWhileWaiting': return fill(w.notes.refusedWhileWaiting, { until: timeText(note.until, language) });
    case 'store.recovered': return [
      fill(c.storeRecovered, { store: note.store, problem: note.problem, detail: note.detail }),
      note.restoredFrom ? fill(c.restoredFrom, { file: note.restoredFrom }) : c.startedFromDefaults,
      note.lost.length ? fill(c.lost, { count: String(note.lost.length), list: note.lost.map((e) => namedEntryText(w, e, language)).join(' · ') }) : c.noneLost,
    ].join(' · ');
    case 'audit.unsound': return note.firstBadLine === undefined ? c.auditUnsound
      : `${c.auditUnsound} · ${fill(c.firstBad, { line: String(note.firstBadLine), reason: (language === 'en' ? note.reason : note.reasonTh ?? note.reason) ?? '' })}`;
    case 'audit.tornLine': return fill(c.tornLine, { bytes: String(note.bytes), file: note.movedTo });
    case 'register.viewed': return note.erased ? c.registerViewedErased : c.registerViewed;
    case 'register.movedOn': return fill(c.registerMovedOn, { on: isoDay.test(note.on) ? longDateForReader(note.on, language) : note.on });
    case 'register.personalErased': return note.refs.length ? fill(c.personalErased, { refs: note.refs.join(', ') }) : c.personalErasedNone;
    // Years and days in the reader's calendar (the trail keeps them C.E.): "ของปี พ.ศ. 2571" in Thai.
    case 'holidays.imported': return fill(c.holidaysImported, {
      holidays: String(note.holidays), replaced: String(note.replaced),
      years: note.years.map((y) => (/^\d{4}$/.test(y) ? String(yearForReader(Number(y), language)) : y)).join(', '),
    }) + (note.removed?.length ? fill(c.holidaysRemoved, { dates: note.removed.map((d) => (isoDay.test(d) ? shortDateForReader(d, language) : d)).join(', ') }) : '');
    case 'fleet.applied': return fill(c.fleetApplied, { source: note.source, revision: note.revision, added: String(note.added), updated: String(note.updated), retired: String(note.retired) });
    case 'audit.unitNotApplied': return fill(c.unitNotApplied, { seq: String(note.seq), stores: note.stores.join(', '), reason: note.reason });
    case 'audit.cutShort': return fill(c.cutShort, { seq: String(note.lastSeq), stores: note.stores.map((h) => `${h.store} (#${h.seq})`).join(', ') });
    case 'backup.made': return fill(c.backedUp, { file: note.archive, files: String(note.files) });
    case 'backup.restored': return [
      fill(c.restored, { file: note.archive, made: timeText(note.madeAt, language) }),
      ...(note.keptIn ? [fill(c.restoredKeptIn, { folder: note.keptIn })] : []),
      note.unrelated !== undefined ? fill(c.restoredUnrelated, { count: String(note.unrelated) })
        : note.undone.length ? fill(c.restoredUndone, { count: String(note.undone.length), list: note.undone.map((e) => namedEntryText(w, e, language)).join(' · ') }) : c.restoredNoneUndone,
      // The citizens' filings only the replaced folder held: staff enter them again from it.
      ...(note.filingsUnchecked !== undefined ? [fill(c.restoredFilingsUnchecked, { reason: note.filingsUnchecked })]
        : note.filingsUndone?.length ? [fill(c.restoredFilingsUndone, {
          count: String(note.filingsUndone.length),
          list: note.filingsUndone.map((f) => fill(c.restoredFiling, { ref: f.ref, on: formatDate(f.receivedOn, language, 'short') })).join(', '),
        })] : []),
    ].join(' · ');
  }
}

/** An entry another note names: its number, action, time (Bangkok), who and what, in words; a line written before entries kept their parts, as written. */
function namedEntryText(w: AuditWords, entry: string | EntryRef, language: string): string {
  if (typeof entry === 'string') return entry;
  return [`#${entry.seq}`, actionLabel(w, entry.method), timeText(entry.at, language), entry.actor ?? '', ...entry.targets.map((t) => targetText(w, t, language))].filter(Boolean).join(' ');
}

/** English sentences of entries written before notes had codes; one not known here is shown as written. */
function legacyNoteText(w: AuditWords, note: string): string {
  const fixed = w.notes.fixed[note];
  if (fixed) return fixed;
  const patterns: [RegExp, string, string[]][] = [
    [/^deleted: ([\s\S]*)$/, w.notes.deleted, ['reason']],
    [/^import (.+)$/, w.notes.import, ['file']],
    [/^wrong PIN for (.+); (\d+) attempts left$/, w.notes.wrongPin, ['name', 'left']],
    [/^wrong PIN for (.+); account locked until (.+)$/, w.notes.lockedNow, ['name', 'until']],
    [/^attempt while locked until (.+)$/, w.notes.whileLocked, ['until']],
    [/^exit gate: wrong PIN counted against (.+)$/, w.notes.exitWrong, ['name']],
    [/^exit gate: (.+) locked until (.+)$/, w.notes.exitLocked, ['name', 'until']],
    [/^attempts refused unchecked while waiting until (.+) \(counted in the next entry\)$/, w.notes.refusedWhileWaiting, ['until']],
  ];
  const known = (text: string): string | undefined => {
    if (w.notes.fixed[text]) return w.notes.fixed[text];
    for (const [pattern, template, names] of patterns) {
      const found = pattern.exec(text);
      if (found) return fillWords(template, Object.fromEntries(names.map((n, i) => [n, found[i + 1] ?? ''])));
    }
    return undefined;
  };
  const whole = known(note);
  if (whole !== undefined) return whole;
  // A wrong-PIN note is parts joined by "; ": "wrong PIN for X; 5 in a row; next try not before T".
  const parts: [RegExp, string, string[]][] = [
    [/^wrong PIN for (.+)$/, w.notes.wrongPinOf, ['name']],
    [/^(\d+) in a row$/, w.notes.inARow, ['count']],
    [/^next try not before (.+)$/, w.notes.nextTry, ['until']],
    [/^(\d+) attempts refused while waiting before this$/, w.notes.refusedBefore, ['count']],
  ];
  const words = note.split('; ').map((part) => {
    if (w.notes.fixed[part]) return w.notes.fixed[part];
    for (const [pattern, template, names] of parts) {
      const found = pattern.exec(part);
      if (found) return fillWords(template, Object.fromEntries(names.map((n, i) => [n, found[i + 1] ?? ''])));
    }
    return undefined;
  });
  return words.every((x) => x !== undefined) ? words.join(' · ') : note;
}
