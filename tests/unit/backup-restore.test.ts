import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { bootKiosk, type Kiosk } from '../../electron/boot';
import { runCli } from '../../electron/cli/main';
import type { CatalogueOverview } from '../../electron/contract/catalogue';
import type { AuditRecord, LoginAnswer } from '../../electron/contract/staff';
import { ADMIN_PIN, as, call, createAdminOnMachine, setUpAccounts, writeSmallCatalogue, loginInput } from './staff-fixtures';
import { fixedClock, storedCatalogue, tempDir } from './support';

async function cli(args: string[]): Promise<{ code: number; output: string }> {
  const lines: string[] = [];
  const code = await runCli(args, (l) => lines.push(l));
  return { code, output: lines.join('\n') };
}

/** Every file below a folder with its content, to prove a folder did not change. */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out[join(entry.parentPath, entry.name).slice(folder.length)] = (await readFile(join(entry.parentPath, entry.name))).toString('base64');
  }
  return out;
}

describe('backup and restore', () => {
  let root: Awaited<ReturnType<typeof tempDir>>;
  let dataDir: string;
  let kiosk: Kiosk;
  let admin: LoginAnswer;
  const clock = fixedClock('2026-03-02T02:00:00Z');
  beforeEach(async () => {
    root = await tempDir();
    dataDir = join(root.path, 'kiosk-data');
    await mkdir(dataDir);
    await writeSmallCatalogue(dataDir);
    kiosk = await bootKiosk({ dataDir, clock });
    ({ admin } = await setUpAccounts(kiosk));
  });
  afterEach(() => root.remove());

  it('verify checks the catalogue: sound as written, then names a PDF whose bytes changed and a damaged catalogue store', async () => {
    const sound = await cli(['verify', '--data', dataDir]);
    expect(sound.code).toBe(0);
    expect(sound.output).toMatch(/2 documents, 0 services, 1 attached files checked/);

    const catalogue = await storedCatalogue(dataDir);
    const sha = catalogue.documents[0]?.file?.sha256 ?? '';
    await writeFile(join(dataDir, 'files', `${sha}.pdf`), '%PDF-1.4 replaced\n');
    const damaged = await cli(['verify', '--data', dataDir]);
    expect(damaged.code).toBe(1);
    expect(damaged.output).toContain(`DAMAGE: files/${sha}.pdf: content does not match its sha256 (document "doc-1"`);

    // One changed byte in the catalogue store's generation is named too.
    const items = join(dataDir, 'catalogue', 'gen-1.items');
    const bytes = await readFile(items);
    bytes[bytes.indexOf('doc-2')] = 'x'.charCodeAt(0);
    await writeFile(items, bytes);
    const store = await cli(['verify', '--data', dataDir]);
    expect(store.code).toBe(1);
    expect(store.output).toContain('DAMAGE: catalogue: gen-1.items: crc does not match (damaged)');
  });

  it('round trip: backup, change the data, restore, and the kiosk is back as it was', async () => {
    const out = join(root.path, 'backup.zip');
    const made = await cli(['backup', '--data', dataDir, '--out', out]);
    expect(made.code).toBe(0);
    const entries = unzipSync(new Uint8Array(await readFile(out)));
    const names = Object.keys(entries).sort();
    expect(names).toContain('manifest.json');
    expect(names).toContain('audit.ndjson');
    expect(names).toContain('staff.json');
    expect(names.some((n) => /^files\/[0-9a-f]{64}\.pdf$/.test(n))).toBe(true);
    expect(names.some((n) => /\.\d+$/.test(n) || n.includes('.damaged-'))).toBe(false); // rotated copies left out
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as { appVersion: string; files: { path: string; sha256: string }[] };
    expect(manifest.appVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(manifest.files.map((f) => f.path).sort()).toEqual(names.filter((n) => n !== 'manifest.json'));
    // The trail is read last (review, helper-30): a change saved while a running kiosk is backed up
    // then has its entry in the copy, where a trail read first left the stores stamped ahead of it
    // and the archive unrestorable.
    expect(manifest.files.at(-1)?.path).toBe('audit.ndjson');

    const before = await snapshot(dataDir);
    const backedUp = Object.fromEntries(Object.entries(before).filter(([p]) => !/\.\d+$/.test(p)));
    await call(kiosk, 'staff.createAccount', { name: 'หลังสำรอง', role: 'staff', pin: '615243' }, as(admin.actor));

    const restored = await cli(['restore', out, '--data', dataDir]);
    expect(restored.code).toBe(0);
    expect(restored.output).toMatch(/The previous data is kept in kiosk-data\.before-restore-/);
    // The trail and its head file (audit-head.json) move on by the restore's own entry: compared below.
    const { '/audit.ndjson': trailBytes, '/audit-head.json': _head, ...after } = await snapshot(dataDir);
    const { '/audit.ndjson': liveBytes, '/audit-head.json': _backedUpHead, ...backedUpRest } = backedUp;
    expect(after).toEqual(backedUpRest);
    // The live trail says the backup was taken (after the copy: the archive's own trail ends before it).
    const live = Buffer.from(liveBytes ?? '', 'base64').toString('utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as AuditRecord);
    expect(live.at(-1)).toMatchObject({ method: 'system.backedUp', changes: [{ note: { code: 'backup.made', archive: resolve(out) } }] });
    const trail = Buffer.from(trailBytes ?? '', 'base64').toString('utf8');
    const backedUpTrail = new TextDecoder().decode(entries['audit.ndjson']);
    // The trail is the backup's, plus one entry saying what the restore undid (trial, helper-27:
    // the account made after the backup vanished from the trail without a trace).
    expect(trail?.startsWith(backedUpTrail ?? '-')).toBe(true);
    const added = (trail ?? '').slice((backedUpTrail ?? '').length).trimEnd().split('\n').map((l) => JSON.parse(l) as AuditRecord);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ method: 'system.restored', transport: 'cli', actor: null });
    const note = added[0]!.changes[0]!.note as { code: string; archive: string; keptIn: string; undone: Array<{ seq: number; method: string; at: string; targets: string[] }> };
    expect(note).toMatchObject({ code: 'backup.restored', archive: 'backup.zip', keptIn: expect.stringMatching(/^kiosk-data\.before-restore-/) });
    expect(note.undone).toHaveLength(1);
    expect(note.undone[0]).toMatchObject({ seq: expect.any(Number), method: 'staff.createAccount', at: expect.stringMatching(/^\d{4}-/), targets: [expect.stringMatching(/^account:/)] });
    expect(restored.output).toContain('1 audited change(s) made after the backup are undone');
    // Named in words, in both languages (it printed the code staff.createAccount).
    expect(restored.output).toMatch(/#\d+ เพิ่มบัญชีผู้ใช้ .* \/ #\d+ Account added /);
    expect(restored.output).not.toContain('staff.createAccount');
    const siblings = await readdir(dirname(dataDir));
    expect(siblings.filter((s) => s.startsWith(`${basename(dataDir)}.before-restore-`))).toHaveLength(1);
    expect(siblings.some((s) => s.includes('.restore-') && !s.includes('before'))).toBe(false);

    const reopened = await bootKiosk({ dataDir, clock });
    expect((await call<CatalogueOverview>(reopened, 'catalogue.overview', {})).documentCount).toBe(2);
    expect((await call<{ choices: unknown[] }>(reopened, 'staff.status', {})).choices).toHaveLength(2);
    expect((await call<LoginAnswer>(reopened, 'staff.login', loginInput(reopened, admin.actor.id, ADMIN_PIN))).actor.role).toBe('admin');
    expect((await cli(['verify', '--data', dataDir])).code).toBe(0);
  });

  it('restoring another kiosk\'s backup over a folder with its own trail says the replaced trail did not continue the backup\'s', async () => {
    const out = join(root.path, 'backup.zip');
    expect((await cli(['backup', '--data', dataDir, '--out', out])).code).toBe(0);
    const otherDir = join(root.path, 'other-kiosk');
    await mkdir(otherDir);
    await setUpAccounts(await bootKiosk({ dataDir: otherDir, clock }));
    const restored = await cli(['restore', out, '--data', otherDir]);
    expect(restored.code).toBe(0);
    expect(restored.output).toMatch(/The replaced audit trail \(\d+ entries\) did not continue this backup's/);
    const last = JSON.parse((await readFile(join(otherDir, 'audit.ndjson'), 'utf8')).trimEnd().split('\n').at(-1)!) as AuditRecord;
    expect(last.changes[0]!.note).toMatchObject({ code: 'backup.restored', undone: [], unrelated: expect.any(Number) });
    expect((await cli(['verify', '--data', otherDir])).code).toBe(0);

    // A trail shorter than the backup's, of another history (review, helper-30): not "nothing undone".
    const shorterDir = join(root.path, 'newer-kiosk');
    await mkdir(shorterDir);
    await createAdminOnMachine(await bootKiosk({ dataDir: shorterDir, clock }), 'ของตู้บี', '615243');
    const ontoShorter = await cli(['restore', out, '--data', shorterDir]);
    expect(ontoShorter.output).toMatch(/The replaced audit trail \(1 entries\) did not continue this backup's/);
  });

  it('restoring into a folder that did not exist keeps no empty "previous data" beside it (review, helper-30)', async () => {
    const out = join(root.path, 'backup.zip');
    expect((await cli(['backup', '--data', dataDir, '--out', out])).code).toBe(0);
    const fresh = join(root.path, 'new-machine');
    const restored = await cli(['restore', out, '--data', fresh]);
    expect(restored.code).toBe(0);
    expect(restored.output).not.toContain('The previous data is kept');
    expect((await readdir(root.path)).filter((n) => n.startsWith('new-machine.'))).toEqual([]);
    const last = JSON.parse((await readFile(join(fresh, 'audit.ndjson'), 'utf8')).trimEnd().split('\n').at(-1)!) as AuditRecord;
    expect(last.changes[0]!.note).toMatchObject({ code: 'backup.restored', undone: [] });
    expect(last.changes[0]!.note).not.toHaveProperty('keptIn');
  });

  it('refuses a zip-slip archive and changes nothing', async () => {
    const evil = join(root.path, 'evil.zip');
    const payload = strToU8('{"version":1,"accounts":[]}');
    const manifest = { format: 'infocentre-kiosk-backup', formatVersion: 1, appVersion: '0.1.0', createdAt: '2026-03-02T02:00:00Z', files: [{ path: '../escaped.json', bytes: payload.length, sha256: '0'.repeat(64) }] };
    await writeFile(evil, zipSync({ '../escaped.json': payload, 'manifest.json': strToU8(JSON.stringify(manifest)) }));
    const before = await snapshot(dataDir);

    const result = await cli(['restore', evil, '--data', dataDir]);
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/ไม่กู้คืนข้อมูล/);
    expect(result.output).toMatch(/unsafe entry name "\.\.\/escaped\.json"/);
    expect(await snapshot(dataDir)).toEqual(before);
    expect(await readdir(root.path)).toEqual(expect.not.arrayContaining(['escaped.json']));
    for (const name of ['/etc/x.json', 'C:/x.json', 'files\\..\\x.json', 'files/./x.json']) {
      await writeFile(evil, zipSync({ [name]: payload, 'manifest.json': strToU8(JSON.stringify(manifest)) }));
      expect((await cli(['restore', evil, '--data', dataDir])).code, name).toBe(1);
    }
    expect((await readdir(root.path)).sort()).toEqual(['evil.zip', 'kiosk-data']);
  });

  it('refuses a corrupted archive (one flipped byte in a stored PDF) and changes nothing', async () => {
    const out = join(root.path, 'backup.zip');
    expect((await cli(['backup', '--data', dataDir, '--out', out])).code).toBe(0);
    const zip = await readFile(out);
    // The PDF is stored uncompressed: flip a byte of its content inside the archive.
    const at = zip.indexOf('% test document');
    expect(at).toBeGreaterThan(0);
    zip[at + 2] = zip[at + 2] === 0x74 ? 0x54 : 0x74;
    await writeFile(out, zip);
    await call(kiosk, 'staff.createAccount', { name: 'หลังสำรอง', role: 'staff', pin: '615243' }, as(admin.actor));
    const before = await snapshot(dataDir);

    const result = await cli(['restore', out, '--data', dataDir]);
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/does not match its manifest sha256/);
    expect(result.output).toMatch(/ไม่ตรงกับ manifest/);
    expect(await snapshot(dataDir)).toEqual(before);
    expect((await readdir(root.path)).sort()).toEqual(['backup.zip', 'kiosk-data']);
  });

  it('refuses a truncated archive and an archive whose audit trail was edited', async () => {
    const out = join(root.path, 'backup.zip');
    expect((await cli(['backup', '--data', dataDir, '--out', out])).code).toBe(0);
    const zip = await readFile(out);
    await writeFile(join(root.path, 'cut.zip'), zip.subarray(0, Math.floor(zip.length / 2)));
    const before = await snapshot(dataDir);
    const cut = await cli(['restore', join(root.path, 'cut.zip'), '--data', dataDir]);
    expect(cut.code).toBe(1);
    expect(cut.output).toMatch(/not a readable zip/);

    // A consistent archive (manifest matches) whose audit trail was edited before packing.
    const entries = unzipSync(new Uint8Array(zip));
    const audit = new TextDecoder().decode(entries['audit.ndjson']).replace('"target":"account:', '"target":"accDunt:'); // one character of the first entry
    entries['audit.ndjson'] = strToU8(audit);
    const { createHash } = await import('node:crypto');
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as { files: { path: string; bytes: number; sha256: string }[] };
    for (const f of manifest.files) {
      const bytes = entries[f.path] ?? new Uint8Array();
      f.bytes = bytes.length;
      f.sha256 = createHash('sha256').update(bytes).digest('hex');
    }
    entries['manifest.json'] = strToU8(JSON.stringify(manifest));
    await writeFile(join(root.path, 'edited.zip'), zipSync(entries));
    const edited = await cli(['restore', join(root.path, 'edited.zip'), '--data', dataDir]);
    expect(edited.code).toBe(1);
    expect(edited.output).toMatch(/audit\.ndjson: line 1 \(seq 1\)/); // the CLI's creation of the first administrator
    // The Thai refusal names the same damage in Thai, as verify does (outside trial).
    expect(edited.output).toMatch(/ข้อมูลในไฟล์สำรองไม่สมบูรณ์ \(audit\.ndjson: บรรทัดที่ 1 \(รายการที่ 1\): เนื้อหาไม่ตรงกับรหัสตรวจสอบของรายการ/);
    expect(await snapshot(dataDir)).toEqual(before);
  });
});
