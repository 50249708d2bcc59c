import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, lstat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { z } from 'zod';
import { Settings } from '../../contract/settings';
import type { AuditVerifyReport } from '../../contract/staff';
import { AUDIT_ANCHOR_HEX, auditAnchorText } from '../../contract/reports';
import { CatalogueFile } from '../catalogue/catalogueFile';
import { checkCatalogueStore } from '../catalogue/store/checkStore';
import { readTextIfExists } from '../store/durableFile';
import { readLines, verifyAuditFile } from '../staff/auditChain';
import { AUDIT_FILE, AUDIT_HEAD_FILE } from '../staff/auditLog';
import { CUT_SHORT_METHOD, recordedCuts, storesAheadOfTrail, type StoreHead } from '../staff/auditReconcile';
import { AUDIT_SEQ_KEY } from '../store/jsonStore';
import { StaffFile } from '../staff/staffFile';
import { HolidaysFile } from '../registers/holidays';
import { RegistersFile } from '../registers/registers';

export interface FolderProblem { file: string; problem: string }

export interface FolderReport {
  sound: boolean;
  audit: AuditVerifyReport;
  /** Damage: named file (and entry) and what is wrong. */
  problems: FolderProblem[];
  /** Worth knowing, not damage (a torn last line, a store not created yet). */
  warnings: FolderProblem[];
  /** The trail's last entry as a report prints it (`seq:hash`), when the chain is sound up to it: what to write down. */
  head?: string;
  /** Each anchor asked for, and whether the trail still holds its entry as printed (when not, a problem says why). */
  anchors: Array<AuditAnchor & { holds: boolean }>;
  counts: { documents: number; services: number; attachedFiles: number; stores: number };
}

/** Stores whose schema we know; any other .json must at least parse. */
const knownStores: Record<string, z.ZodType> = {
  'catalogue.json': CatalogueFile,
  'settings.json': Settings,
  'staff.json': StaffFile,
  'registers.json': RegistersFile,
  'holidays.json': HolidaysFile,
  // The trail's head, stamped like a store (staff/auditLog.ts): a trail cut below it is named as damage.
  [AUDIT_HEAD_FILE]: z.object({ hash: z.string().regex(/^[0-9a-f]{64}$/) }),
};

/** Rotated copies, damaged and torn leftovers, temp files: not part of the data proper. */
export const isSideFile = (name: string) =>
  /\.\d+$/.test(name) || name.includes('.damaged-') || name.includes('.torn-') || name.startsWith('.') || name.endsWith('.tmp');

export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Every regular file below a folder, as posix paths relative to it; symlinks are never followed. */
export async function listDataFiles(dataDir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(folder: string) {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      if (isSideFile(entry.name)) continue;
      const full = join(folder, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) out.push(relative(dataDir, full).split(sep).join('/'));
    }
  }
  await walk(dataDir);
  return out.sort();
}

/**
 * The integrity of a data folder, read only: the audit chain, every store against its schema,
 * the catalogue's ids and the sha256 of every attached PDF. Used by `verify` and by `restore`
 * on the unpacked archive before it replaces anything.
 */
export async function checkDataFolder(dataDir: string, options: { anchors?: readonly AuditAnchor[] } = {}): Promise<FolderReport> {
  const problems: FolderProblem[] = [];
  const warnings: FolderProblem[] = [];
  const counts = { documents: 0, services: 0, attachedFiles: 0, stores: 0 };
  const info = await lstat(dataDir).catch(() => undefined);
  if (!info?.isDirectory()) {
    problems.push({ file: dataDir, problem: 'the data folder does not exist' });
    return { sound: false, audit: { sound: false, entries: 0 }, problems, warnings, counts, anchors: [] };
  }
  const files = await listDataFiles(dataDir);

  const parsed: Record<string, unknown> = {};
  /** Per store, the audit entry it was last written under (see trailCutShort). */
  const stamps: StoreHead[] = [];
  for (const file of files.filter((f) => f.endsWith('.json'))) {
    const text = (await readTextIfExists(join(dataDir, file))) ?? '';
    let raw: unknown;
    try { raw = JSON.parse(text); } catch (error) {
      problems.push({ file, problem: `not valid JSON: ${(error as Error).message}` });
      continue;
    }
    const schema = knownStores[file];
    if (schema) {
      const result = schema.safeParse(raw);
      if (!result.success) {
        const issue = result.error.issues[0];
        problems.push({ file, problem: `does not match its schema at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}` });
        continue;
      }
      parsed[file] = result.data;
      const seq = (raw as Record<string, unknown>)[AUDIT_SEQ_KEY];
      if (typeof seq === 'number') stamps.push({ store: file, auditSeq: seq });
    }
    counts.stores++;
  }
  // The catalogue lives in its own store (catalogue/); a catalogue.json is one not converted yet.
  const catalogueStore = files.some((f) => f.startsWith('catalogue/')) ? await checkCatalogueStore(dataDir) : undefined;
  if (catalogueStore) {
    problems.push(...catalogueStore.problems);
    warnings.push(...catalogueStore.warnings);
    if (catalogueStore.catalogue) { parsed['catalogue.json'] = catalogueStore.catalogue; counts.stores++; }
    if (catalogueStore.auditSeq !== undefined) stamps.push({ store: 'catalogue', auditSeq: catalogueStore.auditSeq });
  }
  for (const name of Object.keys(knownStores)) {
    if (name === AUDIT_HEAD_FILE) continue; // written with the first entry
    if (!files.includes(name) && !(name === 'catalogue.json' && catalogueStore)) warnings.push({ file: name, problem: 'not created yet' });
  }

  for (const file of files.filter((f) => f.endsWith('.ndjson') && f !== AUDIT_FILE)) {
    for await (const { text, line, terminated } of readLines(join(dataDir, file))) {
      try { JSON.parse(text); } catch {
        if (terminated) problems.push({ file, problem: `line ${line} is not valid JSON` });
        else warnings.push({ file, problem: `last line ${line} is cut short (power cut mid-write)` });
        break;
      }
    }
  }

  const catalogue = parsed['catalogue.json'] as CatalogueFile | undefined;
  if (catalogue) {
    counts.documents = catalogue.documents.length;
    counts.services = catalogue.services.length;
    for (const [kind, ids] of [['document', catalogue.documents.map((d) => d.id)], ['service', catalogue.services.map((s) => s.id)]] as const) {
      const seen = new Set<string>();
      for (const id of ids) {
        if (seen.has(id)) problems.push({ file: catalogueStore ? 'catalogue' : 'catalogue.json', problem: `duplicate ${kind} id "${id}"` });
        seen.add(id);
      }
    }
    for (const d of catalogue.documents) {
      if (!d.file) continue;
      counts.attachedFiles++;
      const pdf = `files/${d.file.sha256}.pdf`;
      if (!files.includes(pdf)) { problems.push({ file: pdf, problem: `missing: the file of document "${d.id}"` }); continue; }
      const actual = await sha256OfFile(join(dataDir, pdf));
      if (actual !== d.file.sha256) problems.push({ file: pdf, problem: `content does not match its sha256 (document "${d.id}"; found ${actual})` });
    }
  }

  const staff = parsed['staff.json'] as StaffFile | undefined;
  const audit = await verifyAuditFile(join(dataDir, AUDIT_FILE));
  const auditReport: AuditVerifyReport = { sound: audit.sound, entries: audit.entries, lastSeq: audit.lastSeq, firstBad: audit.firstBad, torn: audit.torn };
  if (audit.firstBad) {
    problems.push({ file: AUDIT_FILE, problem: `line ${audit.firstBad.line}${audit.firstBad.seq !== undefined ? ` (seq ${audit.firstBad.seq})` : ''}: ${audit.firstBad.reason}` });
  }
  // A chain broken in the middle is named above; past it, nothing about its end can be read.
  const recorded = await recordedCuts(join(dataDir, AUDIT_FILE));
  for (const h of audit.firstBad ? [] : storesAheadOfTrail(stamps, audit.lastSeq ?? 0)) {
    if (recorded.has(`${h.store}:${h.seq}`)) continue; // named below
    problems.push({ file: AUDIT_FILE, problem: `the trail ends at entry ${audit.lastSeq ?? 0} but ${h.store} was written under entry ${h.seq}: entries are missing from its end (removed or cut off)` });
  }
  // A cut the kiosk found and recorded stays a fact of this trail, named at every verify (the entries
  // after it take the missing seqs again): no longer damage to act on, never forgotten.
  for (const noted of new Set(recorded.values())) {
    const note = noted.changes[0]?.note as { lastSeq: number; stores: { store: string; seq: number }[] };
    warnings.push({ file: AUDIT_FILE, problem: `entries after ${note.lastSeq} were cut from the end of the trail before ${noted.at} (${note.stores.map((h) => `${h.store} had been written under entry ${h.seq}`).join(', ')}); recorded in entry ${noted.seq}` });
  }
  const anchors = options.anchors?.length ? await checkAnchors(join(dataDir, AUDIT_FILE), options.anchors, audit.lastSeq ?? 0) : [];
  if (!audit.firstBad) {
    const headFile = parsed[AUDIT_HEAD_FILE] as { hash: string } | undefined;
    const headSeq = stamps.find((s) => s.store === AUDIT_HEAD_FILE)?.auditSeq;
    const head = await headProblems(join(dataDir, AUDIT_FILE), headFile && headSeq !== undefined ? { seq: headSeq, hash: headFile.hash } : undefined, audit.entries, audit.lastSeq ?? 0);
    if (head.problem) problems.push({ file: AUDIT_HEAD_FILE, problem: head.problem });
    if (head.warning && files.includes(AUDIT_FILE)) warnings.push({ file: AUDIT_HEAD_FILE, problem: head.warning });
  }
  for (const a of anchors) if (a.problem) problems.push({ file: AUDIT_FILE, problem: a.problem });
  if (audit.torn) warnings.push({ file: AUDIT_FILE, problem: `last line ${audit.torn.line} is cut short (${audit.torn.bytes} bytes; power cut mid-append, not tampering); the kiosk sets it aside at its next start` });
  if (!files.includes(AUDIT_FILE) && (staff?.accounts.length ?? 0) > 0) {
    problems.push({ file: AUDIT_FILE, problem: 'missing although staff accounts exist (it was deleted or moved)' });
  }
  warnings.push(...await damagedCopies(dataDir));
  const head = !audit.firstBad && audit.last && audit.last.seq > 0 ? auditAnchorText({ seq: audit.last.seq, hash: audit.last.hash.slice(0, AUDIT_ANCHOR_HEX) }) : undefined;
  return {
    sound: problems.length === 0, audit: auditReport, problems, warnings, counts, ...(head ? { head } : {}),
    anchors: anchors.map(({ problem, ...a }) => ({ ...a, holds: !problem })),
  };
}

/** A trail line's own seq, hash and method (not a note's), or undefined when it is not an entry. */
function parsedEntry(text: string): { seq: number; hash: string; method: string } | undefined {
  let raw: unknown;
  try { raw = JSON.parse(text); } catch { return undefined; }
  const { seq, hash, method } = (raw ?? {}) as { seq?: unknown; hash?: unknown; method?: unknown };
  return typeof seq === 'number' && typeof hash === 'string' ? { seq, hash, method: typeof method === 'string' ? method : '' } : undefined;
}

/** Entries that explain an anchor not holding: a restore from an older backup, a cut the kiosk recorded. */
const EXPLAINING = new Set(['system.restored', CUT_SHORT_METHOD]);

/** An entry as a report printed it (ReportModel.auditAnchor): its seq and the start of its hash. */
export interface AuditAnchor { seq: number; hash: string }

/** `seq:hex` as a report prints it (spaces and dashes ignored), or undefined. */
export function parseAuditAnchor(text: string): AuditAnchor | undefined {
  // At least the digits a report prints: fewer would be within reach of a forger's search.
  const match = new RegExp(`^(\\d{1,12}):([0-9a-f]{${AUDIT_ANCHOR_HEX},64})$`).exec(text.trim().toLowerCase().replace(/[\s-]/g, ''));
  return match ? { seq: Number(match[1]), hash: match[2] as string } : undefined;
}

/**
 * Whether the trail still holds each entry as a report printed it. The chain makes every entry's
 * hash depend on all before it, so one printed hash vouches for the trail up to its entry: a
 * rewritten trail (every hash recomputed) differs there, whatever else it fakes.
 */
/** The hashes of the trail's entries `seqs` (the first line of each seq), read once. */
async function entryHashes(path: string, seqs: ReadonlySet<number>, explaining?: { seq: number; method: string }[]): Promise<Map<number, string>> {
  const found = new Map<number, string>();
  try {
    for await (const { text } of readLines(path)) {
      const record = parsedEntry(text);
      if (record && seqs.has(record.seq) && !found.has(record.seq)) found.set(record.seq, record.hash);
      if (record && explaining && EXPLAINING.has(record.method)) explaining.push({ seq: record.seq, method: record.method });
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return found;
}

/**
 * The trail's head file against the trail: an entry it names must still carry its hash (the last
 * entry rewritten and re-hashed passed the chain check), and a trail with entries should have
 * one (deleting it hid a cut of entries that wrote no store).
 */
async function headProblems(path: string, head: { seq: number; hash: string } | undefined, entries: number, lastSeq: number): Promise<{ problem?: string; warning?: string }> {
  if (!head) return entries > 0 ? { warning: `missing (written after every entry since 7 Dec 2026; removed, or the trail is older): entries that wrote no store could be cut from the end of the trail unseen until the next entry writes it again` } : {};
  if (head.seq > lastSeq) return {}; // named with the stores ahead of the trail
  const hash = (await entryHashes(path, new Set([head.seq]))).get(head.seq);
  return hash === head.hash ? {} : { problem: `names entry ${head.seq} with hash ${head.hash.slice(0, 16)}…, but the trail's entry ${head.seq} ${hash ? `has ${hash.slice(0, 16)}…: it was rewritten after it was written` : 'cannot be read'}` };
}

async function checkAnchors(path: string, anchors: readonly AuditAnchor[], lastSeq: number): Promise<Array<AuditAnchor & { problem?: string }>> {
  const explaining: { seq: number; method: string }[] = [];
  const found = await entryHashes(path, new Set(anchors.map((a) => a.seq)), explaining);
  // What the trail itself says happened (the latest): a restore or a recorded cut explains an anchor gone.
  const said = explaining.at(-1);
  const because = said ? `; the trail records ${said.method === CUT_SHORT_METHOD ? 'a cut of its end' : 'a restore from a backup'} in entry ${said.seq}` : '';
  return anchors.map((anchor) => {
    const hash = found.get(anchor.seq);
    const printed = `${anchor.seq}:${anchor.hash}`;
    if (hash === undefined) {
      return { ...anchor, problem: anchor.seq > lastSeq
        ? `a report printed entry ${printed}, but the trail ends at entry ${lastSeq}: entries were removed from its end since${because}`
        : `a report printed entry ${printed}, but the trail holds no readable entry ${anchor.seq}` };
    }
    if (!hash.startsWith(anchor.hash)) {
      return { ...anchor, problem: `entry ${anchor.seq} is not the one a report printed (${printed}; the trail now has ${anchor.seq}:${hash.slice(0, anchor.hash.length)})${because || ': the trail up to it was rewritten'}` };
    }
    return anchor;
  });
}

/**
 * The copies a kiosk kept when it found a store damaged at start-up and replaced it (from its last
 * good copy, from what still read, or from defaults): the folder is sound again, but what those
 * copies held may be missing, and staff should know it happened (the audit trail's
 * system.storeRecovered entry says what was lost).
 */
async function damagedCopies(dataDir: string): Promise<FolderProblem[]> {
  const found: FolderProblem[] = [];
  for (const folder of ['', 'catalogue']) {
    for (const name of await readdir(join(dataDir, folder)).catch(() => [] as string[])) {
      const at = /\.damaged-(\d{4}-\d\d-\d\d)T(\d\d)-(\d\d)/.exec(name);
      if (at) found.push({ file: folder ? `${folder}/${name}` : name, problem: `found damaged at start-up and replaced on ${at[1]} ${at[2]}:${at[3]} UTC; this is the damaged copy, kept for support (see the audit trail's store-recovered entry)` });
    }
  }
  return found;
}

