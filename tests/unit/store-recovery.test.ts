import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditNoteEnglish } from '../../electron/contract/auditNote';
import { cp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { bootKiosk, type Kiosk } from '../../electron/boot';
import { runCli } from '../../electron/cli/main';
import type { DocumentCard } from '../../electron/contract/catalogue';
import type { CatalogueDocument } from '../../electron/contract/schemas';
import type { SearchAnswer } from '../../electron/contract/search';
import { Settings } from '../../electron/contract/settings';
import type { AuditRecord, LoginAnswer, StaffStatus } from '../../electron/contract/staff';
import { sampleDir } from '../../electron/paths';
import { StaffFile } from '../../electron/services/staff/staffFile';
import { mulberry32 } from './fuzz-payloads';
import { ADMIN_PIN, STAFF_PIN, as, call, setUpAccounts, writeSmallCatalogue, loginInput } from './staff-fixtures';
import { fixedClock, tempDir } from './support';

/*
 * Issue 7, "data that survives": each store of the data folder (README "The data folder") is
 * damaged in each way a disk, a power cut or a hand edit can damage it, then the kiosk starts
 * on it exactly as the web mode does (with the shipped sample folder). It must serve citizens
 * from the last good copy, keep the damaged file, record the recovery in the audit trail, tell
 * the next administrator who signs in, and leave a folder that `verify` calls sound.
 * Where a file is cut or mangled is seeded: FUZZ_SEED=<seed> reproduces a run.
 */
const seed = Number(process.env.FUZZ_SEED ?? 20261207) >>> 0;
const rng = mulberry32(seed);

/** The lowdb stores. The catalogue has its own store (last good = the generation before + its logs): tests/unit/catalogue-store.test.ts. */
const stores = ['settings.json', 'staff.json'] as const;
type Store = (typeof stores)[number];
const schemaOf: Record<Store, z.ZodType> = { 'settings.json': Settings, 'staff.json': StaffFile };

type Damage = 'missing' | 'empty' | 'truncated' | 'mangled';
/** The problem each damage must be reported as (StoreRecovery.problem). */
const problemOf: Record<Damage, string> = { missing: 'empty', empty: 'empty', truncated: 'unparseable', mangled: 'invalid' };

/** Valid JSON that a person editing the file by hand could produce, and that the store's schema refuses. */
const mangles: Record<Store, ((data: Record<string, unknown>) => void)[]> = {
  'settings.json': [
    (d) => { (d.kiosk as Record<string, unknown>).idleSeconds = 'ninety'; },
    (d) => { delete d.agency; },
    (d) => { (d.centre as Record<string, unknown>).staff = Array.from({ length: 30 }, () => ({ th: 'x' })); },
    (d) => { (d.stats as Record<string, unknown>).retentionYears = 0; },
  ],
  'staff.json': [
    (d) => { (d.accounts as Record<string, unknown>[])[0]!.role = 'root'; },
    (d) => { (d.accounts as Record<string, unknown>[])[1]!.pin = ADMIN_PIN; },
    (d) => { d.accounts = {}; },
    (d) => { delete (d.accounts as Record<string, unknown>[])[0]!.id; },
  ],
};

/** Writes the damaged store (or removes it) and returns the bytes written, undefined when removed. */
async function damage(dir: string, store: Store, kind: Damage): Promise<{ bytes?: Buffer; how: string }> {
  const path = join(dir, store);
  const good = await readFile(path, 'utf8');
  if (kind === 'missing') { await rm(path); return { how: 'removed' }; }
  let text = '';
  let how = 'emptied';
  if (kind === 'truncated') {
    // A byte offset, so a Thai character can be cut in half as a torn write would.
    const bytes = Buffer.from(good);
    const at = 1 + Math.floor(rng() * (bytes.length - 2));
    await writeFile(path, bytes.subarray(0, at));
    expect(() => JSON.parse(bytes.subarray(0, at).toString('utf8')), `seed=${seed}: the cut must break the JSON`).toThrow();
    return { bytes: bytes.subarray(0, at), how: `cut at byte ${at} of ${bytes.length}` };
  }
  if (kind === 'mangled') {
    const index = Math.floor(rng() * mangles[store].length);
    const data = JSON.parse(good) as Record<string, unknown>;
    mangles[store][index]!(data);
    text = JSON.stringify(data, null, 2);
    how = `hand edit #${index}`;
    expect(schemaOf[store].safeParse(JSON.parse(text)).success, `seed=${seed}: ${store} ${how} must fail the schema`).toBe(false);
  }
  if (kind === 'empty' && rng() < 0.5) { text = ' \n'; how = 'whitespace only'; }
  await writeFile(path, text);
  return { bytes: Buffer.from(text), how };
}

const readTrail = async (dir: string) =>
  (await readFile(join(dir, 'audit.ndjson'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as AuditRecord);

async function verify(dir: string) {
  const lines: string[] = [];
  const code = await runCli(['verify', '--data', dir], (l) => lines.push(l));
  return { code, output: lines.join('\n') };
}

describe(`store recovery at start-up (seed ${seed}; FUZZ_SEED to change)`, () => {
  const clock = fixedClock('2026-12-07T03:00:00Z');
  let golden: Awaited<ReturnType<typeof tempDir>>;
  const good: Partial<Record<Store, string>> = {};
  /** The target of the change made after each store's `.1` was taken: a recovery from `.1` loses it. */
  const lastChange: Partial<Record<Store, string>> = {};
  let lastDocument: string;
  let staffDocument: CatalogueDocument;
  let adminId: string;
  let staffId: string;
  const phone = '0 2123 4567';

  beforeAll(async () => {
    // A folder as staff left it: the small catalogue plus a document saved through the screens,
    // the sample settings with the centre's phone changed, two accounts. Two hours later one more
    // change to each store rotates it, so `.1` holds exactly that state and the newest change is
    // the one a recovery from `.1` loses (and must name).
    golden = await tempDir('kiosk-recovery-');
    await writeSmallCatalogue(golden.path);
    const first = await bootKiosk({ dataDir: golden.path, sampleDir: sampleDir(), clock });
    const accounts = await setUpAccounts(first);
    adminId = accounts.admin.actor.id;
    staffId = accounts.staffId;
    staffDocument = await call<CatalogueDocument>(first, 'documents.save', {
      title: { th: 'รายงานผลการดำเนินงานศูนย์ข้อมูลข่าวสาร ปีงบประมาณ ๒๕๖๙' }, category: 's9-8', published: '2026-11-30', keywords: ['ผลการดำเนินงาน'],
    }, as(accounts.admin.actor));
    const settings = await call<Settings>(first, 'settings.get', {});
    await call(first, 'settings.update', { ...settings, centre: { ...settings.centre, phone } }, as(accounts.admin.actor));
    clock.advance(2 * 60 * 60 * 1000);
    const later = await bootKiosk({ dataDir: golden.path, sampleDir: sampleDir(), clock });
    for (const store of stores) good[store] = await readFile(join(golden.path, store), 'utf8');
    const admin = as(accounts.admin.actor);
    lastDocument = (await call<CatalogueDocument>(later, 'documents.save', { title: { th: 'ประกาศล่าสุด' }, category: 'other', published: '2026-12-01' }, admin)).id;
    await call(later, 'settings.update', { ...settings, centre: { ...settings.centre, phone, hours: { th: 'ทุกวัน', en: 'Every day' } } }, admin);
    lastChange['settings.json'] = 'settings';
    await call(later, 'staff.updateAccount', { id: staffId, name: 'มาลี ศรีสุข (ฝ่ายบริการ)' }, admin);
    lastChange['staff.json'] = `account:${staffId}`;
    for (const store of stores) expect(await readFile(join(golden.path, `${store}.1`), 'utf8')).toBe(good[store]);
    expect((await verify(golden.path)).code).toBe(0);
  });
  afterAll(() => golden.remove());

  /** What citizens see must be the catalogue of the last good copy: never empty, never the sample. */
  async function expectCitizensServed(kiosk: Kiosk) {
    const listed = await call<{ total: number; items: DocumentCard[] }>(kiosk, 'catalogue.list', { limit: 100 });
    expect(listed.items.map((d) => d.id).sort()).toEqual(['doc-1', 'doc-2', staffDocument.id, lastDocument].sort());
    const page = await call<{ document: { title: { th: string } } }>(kiosk, 'catalogue.get', { id: staffDocument.id });
    expect(page.document.title.th).toBe(staffDocument.title.th);
    const found = await call<SearchAnswer>(kiosk, 'search.query', { q: 'ผลการดำเนินงาน' });
    expect(found.hits.map((h) => h.id)).toContain(staffDocument.id);
    const settings = await call<Settings>(kiosk, 'settings.get', {});
    expect(settings.centre.phone).toBe(phone);
    const status = await call<StaffStatus>(kiosk, 'staff.status', {});
    expect(status.needsSetup).toBe(false);
    expect(status.choices).toHaveLength(2);
    expect(kiosk.services.staff.accounts.details().map((a) => a.id).sort()).toEqual([adminId, staffId].sort());
  }

  const cases = stores.flatMap((store) => (['missing', 'empty', 'truncated', 'mangled'] as const).map((kind) => ({ store, kind })));

  it.each(cases)('$store $kind: served from the last good copy, kept, audited, shown to staff, verify sound', async ({ store, kind }) => {
    const dir = await tempDir('kiosk-recovery-case-');
    try {
      await cp(golden.path, dir.path, { recursive: true });
      const damaged = await damage(dir.path, store, kind);
      const where = `seed=${seed} ${store} ${kind} (${damaged.how})`;

      const kiosk = await bootKiosk({ dataDir: dir.path, sampleDir: sampleDir(), clock });
      await expectCitizensServed(kiosk);

      // The store on disk is the good copy again, and the damaged bytes are kept for support.
      expect(await readFile(join(dir.path, store), 'utf8'), where).toBe(good[store]);
      const kept = (await readdir(dir.path)).filter((f) => f.startsWith(`${store}.damaged-`));
      if (damaged.bytes === undefined) expect(kept, where).toEqual([]);
      else {
        expect(kept, where).toHaveLength(1);
        expect((await readFile(join(dir.path, kept[0]!))).equals(damaged.bytes), where).toBe(true);
      }

      const recovered = (await readTrail(dir.path)).filter((r) => r.method === 'system.storeRecovered');
      expect(recovered.map((r) => r.changes[0]?.target), where).toEqual([`store:${store}`]);
      expect(auditNoteEnglish(recovered[0]?.changes[0]?.note ?? ''), where).toMatch(new RegExp(`^${problemOf[kind]}: .*; restored from ${store.replace('.', '\\.')}\\.1; lost 1 audited change\\(s\\): #\\d+ \\S+ .*${lastChange[store]}`));
      // The trail keeps the lost change's time exact and machine-independent (UTC ISO), not as a screen shows it (review, helper-25).
      // Its parts are kept (the audit screen says them in words and Bangkok time, audit-labels.test.ts).
      expect(JSON.stringify(recovered[0]?.changes[0]?.note), where).toMatch(/"lost":\[\{"seq":\d+,"method":"\S+","at":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z"/);

      // Staff hear of it at sign-in (a staff member too), until an administrator has seen it.
      const staffLogin = await call<LoginAnswer>(kiosk, 'staff.login', loginInput(kiosk, staffId, STAFF_PIN));
      expect(staffLogin.notices.join('\n'), where).toContain(store);
      const adminLogin = await call<LoginAnswer>(kiosk, 'staff.login', loginInput(kiosk, adminId, ADMIN_PIN));
      expect(adminLogin.notices, where).toHaveLength(1);
      expect(adminLogin.notices[0], where).toMatch(new RegExp(`${store.replace('.', '\\.')}.*เสียหาย.*${store.replace('.', '\\.')}\\.1.*รายการที่หายไป 1 รายการ.* / The data file.*1 audited change\\(s\\) were lost`));
      expect((await call<LoginAnswer>(kiosk, 'staff.login', loginInput(kiosk, adminId, ADMIN_PIN))).notices, where).toEqual([]);

      // The kiosk keeps working on the recovered store, and the folder checks out.
      const saved = await call<CatalogueDocument>(kiosk, 'documents.save', {
        title: { th: 'ประกาศหลังการกู้คืนข้อมูล' }, category: 'other', published: '2026-12-07',
      }, as(adminLogin.actor));
      const { code, output } = await verify(dir.path);
      expect(code, `${where}\n${output}`).toBe(0);
      expect(output).toMatch(/Result: sound/);
      // Sound now, and it still says what happened: the damaged copy kept is named (trial, helper-22: "verify says sound").
      if (kind !== 'missing') expect(output, where).toMatch(new RegExp(`warning: (catalogue/)?${store.replace('.', '\\.')}\\S*\\.damaged-\\S+: found damaged at start-up and replaced`));
      if (kind !== 'missing') expect(output, where).toMatch(new RegExp(`คำเตือน: (catalogue/)?${store.replace('.', '\\.')}\\S*\\.damaged-\\S+: พบว่าเสียหายตอนเปิดตู้ และถูกแทนที่แล้วเมื่อ`));

      // A second start finds nothing to recover and nothing lost.
      const again = await bootKiosk({ dataDir: dir.path, sampleDir: sampleDir(), clock });
      expect(again.services.recoveries, where).toEqual([]);
      expect((await call<{ items: DocumentCard[] }>(again, 'catalogue.list', { limit: 100 })).items.map((d) => d.id), where).toContain(saved.id);
      expect((await readTrail(dir.path)).filter((r) => r.method === 'system.storeRecovered'), where).toHaveLength(1);
    } finally {
      await dir.remove();
    }
  });

  it('falls back to an older copy when the newest copy is damaged too', async () => {
    const dir = await tempDir('kiosk-recovery-case-');
    try {
      await cp(golden.path, dir.path, { recursive: true });
      const olderCopy = await readFile(join(dir.path, 'settings.json.2'), 'utf8');
      await writeFile(join(dir.path, 'settings.json'), good['settings.json']!.slice(0, 1 + Math.floor(rng() * 200)));
      await writeFile(join(dir.path, 'settings.json.1'), '');
      const kiosk = await bootKiosk({ dataDir: dir.path, sampleDir: sampleDir(), clock });
      expect(kiosk.services.recoveries).toMatchObject([{ store: 'settings.json', problem: 'unparseable', restoredFrom: 'settings.json.2' }]);
      expect(JSON.parse(await readFile(join(dir.path, 'settings.json'), 'utf8'))).toEqual(JSON.parse(olderCopy));
      const listed = await call<{ items: DocumentCard[] }>(kiosk, 'catalogue.list', { limit: 100 });
      expect(listed.items.map((d) => d.id).sort()).toEqual(['doc-1', 'doc-2', staffDocument.id, lastDocument].sort());
      const login = await call<LoginAnswer>(kiosk, 'staff.login', loginInput(kiosk, adminId, ADMIN_PIN));
      expect(login.notices.join('\n')).toMatch(/settings\.json\.2/);
      expect((await verify(dir.path)).code).toBe(0);
    } finally {
      await dir.remove();
    }
  });
});
