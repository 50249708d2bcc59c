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
import { recordedCuts, storesAheadOfTrail, type StoreHead } from '../staff/auditReconcile';
import { AUDIT_SEQ_KEY } from '../store/jsonStore';
import { StaffFile } from '../staff/staffFile';
import { HolidaysFile } from '../registers/holidays';
import { RegistersFile } from '../registers/registers';
import { checkAnchors, headProblems, type AuditAnchor } from './trailAnchors';

/**
 * A finding: the file, what is wrong in English (`problem`, the text `--json` keeps) and the same
 * said in Thai for the centre's staff (`problemTh`), which `verify` and `restore` print first.
 */
export interface FolderProblem { file: string; problem: string; problemTh: string }

const kindTh = { document: 'เอกสาร', service: 'คู่มือบริการ' } as const;

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
    problems.push({ file: dataDir, problemTh: 'ไม่พบโฟลเดอร์ข้อมูล', problem: 'the data folder does not exist' });
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
      problems.push({ file, problemTh: 'อ่านไม่ได้ ไฟล์เสียหาย (ไม่ใช่ JSON ที่ถูกต้อง)', problem: `not valid JSON: ${(error as Error).message}` });
      continue;
    }
    const schema = knownStores[file];
    if (schema) {
      const result = schema.safeParse(raw);
      if (!result.success) {
        const issue = result.error.issues[0];
        const at = issue?.path.join('.') || '(root)';
        problems.push({ file, problemTh: `ข้อมูลในไฟล์ไม่ตรงตามรูปแบบที่กำหนด ที่ ${at}`, problem: `does not match its schema at ${at}: ${issue?.message ?? 'invalid'}` });
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
    if (!files.includes(name) && !(name === 'catalogue.json' && catalogueStore)) warnings.push({ file: name, problemTh: 'ยังไม่มีไฟล์นี้ (ยังไม่เคยบันทึกข้อมูลส่วนนี้)', problem: 'not created yet' });
  }

  for (const file of files.filter((f) => f.endsWith('.ndjson') && f !== AUDIT_FILE)) {
    for await (const { text, line, terminated } of readLines(join(dataDir, file))) {
      try { JSON.parse(text); } catch {
        if (terminated) problems.push({ file, problemTh: `บรรทัดที่ ${line} อ่านไม่ได้ (ข้อมูลเสียหาย)`, problem: `line ${line} is not valid JSON` });
        else warnings.push({ file, problemTh: `บรรทัดสุดท้าย (บรรทัดที่ ${line}) บันทึกไม่สมบูรณ์เพราะไฟดับระหว่างบันทึก`, problem: `last line ${line} is cut short (power cut mid-write)` });
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
        if (seen.has(id)) problems.push({ file: catalogueStore ? 'catalogue' : 'catalogue.json', problemTh: `มี${kindTh[kind]}รหัส "${id}" ซ้ำกันมากกว่าหนึ่งรายการ`, problem: `duplicate ${kind} id "${id}"` });
        seen.add(id);
      }
    }
    for (const d of catalogue.documents) {
      if (!d.file) continue;
      counts.attachedFiles++;
      const pdf = `files/${d.file.sha256}.pdf`;
      if (!files.includes(pdf)) { problems.push({ file: pdf, problemTh: `ไม่พบไฟล์ PDF ของเอกสาร "${d.id}"`, problem: `missing: the file of document "${d.id}"` }); continue; }
      const actual = await sha256OfFile(join(dataDir, pdf));
      if (actual !== d.file.sha256) {
        problems.push({ file: pdf, problemTh: `เนื้อหาไฟล์ PDF ของเอกสาร "${d.id}" ไม่ตรงกับที่บันทึกไว้ (ไฟล์ถูกแก้ไขหรือเสียหาย)`, problem: `content does not match its sha256 (document "${d.id}"; found ${actual})` });
      }
    }
  }

  const staff = parsed['staff.json'] as StaffFile | undefined;
  const audit = await verifyAuditFile(join(dataDir, AUDIT_FILE));
  const auditReport: AuditVerifyReport = { sound: audit.sound, entries: audit.entries, lastSeq: audit.lastSeq, firstBad: audit.firstBad, torn: audit.torn };
  if (audit.firstBad) {
    const { line, seq, reason, reasonTh } = audit.firstBad;
    problems.push({
      file: AUDIT_FILE,
      problemTh: `บรรทัดที่ ${line}${seq !== undefined ? ` (รายการที่ ${seq})` : ''}: ${reasonTh}`,
      problem: `line ${line}${seq !== undefined ? ` (seq ${seq})` : ''}: ${reason}`,
    });
  }
  // A chain broken in the middle is named above; past it, nothing about its end can be read.
  const recorded = await recordedCuts(join(dataDir, AUDIT_FILE));
  for (const h of audit.firstBad ? [] : storesAheadOfTrail(stamps, audit.lastSeq ?? 0)) {
    if (recorded.has(`${h.store}:${h.seq}`)) continue; // named below
    problems.push({
      file: AUDIT_FILE,
      problemTh: `ประวัติการแก้ไขสิ้นสุดที่รายการที่ ${audit.lastSeq ?? 0} แต่ ${h.store} ถูกบันทึกในรายการที่ ${h.seq}: รายการท้ายประวัติการแก้ไขหายไป (ถูกลบหรือถูกตัดออก)`,
      problem: `the trail ends at entry ${audit.lastSeq ?? 0} but ${h.store} was written under entry ${h.seq}: entries are missing from its end (removed or cut off)`,
    });
  }
  // A cut the kiosk found and recorded stays a fact of this trail, named at every verify (the entries
  // after it take the missing seqs again): no longer damage to act on, never forgotten.
  for (const noted of new Set(recorded.values())) {
    const note = noted.changes[0]?.note as { lastSeq: number; stores: { store: string; seq: number }[] };
    warnings.push({
      file: AUDIT_FILE,
      problemTh: `รายการหลังรายการที่ ${note.lastSeq} ถูกตัดออกจากท้ายประวัติการแก้ไขก่อนเวลา ${noted.at} (${note.stores.map((h) => `${h.store} เคยถูกบันทึกในรายการที่ ${h.seq}`).join(', ')}); บันทึกเรื่องนี้ไว้แล้วในรายการที่ ${noted.seq}`,
      problem: `entries after ${note.lastSeq} were cut from the end of the trail before ${noted.at} (${note.stores.map((h) => `${h.store} had been written under entry ${h.seq}`).join(', ')}); recorded in entry ${noted.seq}`,
    });
  }
  const anchors = options.anchors?.length ? await checkAnchors(join(dataDir, AUDIT_FILE), options.anchors, audit.lastSeq ?? 0) : [];
  if (!audit.firstBad) {
    const headFile = parsed[AUDIT_HEAD_FILE] as { hash: string } | undefined;
    const headSeq = stamps.find((s) => s.store === AUDIT_HEAD_FILE)?.auditSeq;
    const head = await headProblems(join(dataDir, AUDIT_FILE), headFile && headSeq !== undefined ? { seq: headSeq, hash: headFile.hash } : undefined, audit.entries, audit.lastSeq ?? 0);
    if (head.problem) problems.push({ file: AUDIT_HEAD_FILE, ...head.problem });
    if (head.warning && files.includes(AUDIT_FILE)) warnings.push({ file: AUDIT_HEAD_FILE, ...head.warning });
  }
  for (const a of anchors) if (a.problem) problems.push({ file: AUDIT_FILE, ...a.problem });
  if (audit.torn) {
    warnings.push({
      file: AUDIT_FILE,
      problemTh: `บรรทัดสุดท้าย (บรรทัดที่ ${audit.torn.line}, ${audit.torn.bytes} ไบต์) บันทึกไม่สมบูรณ์เพราะไฟดับระหว่างบันทึก ไม่ใช่การแก้ไขข้อมูล ตู้จะแยกเก็บบรรทัดนี้ไว้เมื่อเปิดครั้งถัดไป`,
      problem: `last line ${audit.torn.line} is cut short (${audit.torn.bytes} bytes; power cut mid-append, not tampering); the kiosk sets it aside at its next start`,
    });
  }
  if (!files.includes(AUDIT_FILE) && (staff?.accounts.length ?? 0) > 0) {
    problems.push({ file: AUDIT_FILE, problemTh: 'ไม่พบไฟล์ประวัติการแก้ไข ทั้งที่มีบัญชีเจ้าหน้าที่อยู่ (ไฟล์ถูกลบหรือถูกย้าย)', problem: 'missing although staff accounts exist (it was deleted or moved)' });
  }
  warnings.push(...await damagedCopies(dataDir));
  const head = !audit.firstBad && audit.last && audit.last.seq > 0 ? auditAnchorText({ seq: audit.last.seq, hash: audit.last.hash.slice(0, AUDIT_ANCHOR_HEX) }) : undefined;
  return {
    sound: problems.length === 0, audit: auditReport, problems, warnings, counts, ...(head ? { head } : {}),
    anchors: anchors.map(({ problem, ...a }) => ({ ...a, holds: !problem })),
  };
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
      if (!at) continue;
      found.push({
        file: folder ? `${folder}/${name}` : name,
        problemTh: `พบว่าเสียหายตอนเปิดตู้ และถูกแทนที่แล้วเมื่อ ${at[1]} ${at[2]}:${at[3]} UTC; ไฟล์นี้คือสำเนาที่เสียหาย เก็บไว้ให้ผู้ดูแลระบบตรวจสอบ (ดูรายการ "กู้คืนไฟล์ข้อมูลเมื่อเริ่มระบบ" ในประวัติการแก้ไข)`,
        problem: `found damaged at start-up and replaced on ${at[1]} ${at[2]}:${at[3]} UTC; this is the damaged copy, kept for support (see the audit trail's store-recovered entry)`,
      });
    }
  }
  return found;
}

