import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { request, type Server } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bootKiosk, type Kiosk } from '../../electron/boot';
import { contract, type ErrorCode, type Result } from '../../electron/contract/index';
import type { Caller } from '../../electron/dispatch';
import { createWebServer } from '../../electron/web/server';
import { hostilePayloads, mulberry32, validInput, type Payload } from './fuzz-payloads';
import { createAdminOnMachine, loginInput } from './staff-fixtures';
import { fixedClock } from './support';

/*
 * Every contract method (Object.keys(contract): methods added later are fuzzed too) gets a valid
 * input made from its own schema and hostile variants of it, through the dispatcher as a citizen,
 * a staff member and an administrator, and through the web server over real HTTP. Nothing may
 * answer `internal`, crash, pollute Object.prototype, or write outside the data folder.
 * Reproduce a failure with FUZZ_SEED=<seed printed in the message>.
 */
const seed = Number(process.env.FUZZ_SEED ?? 20261121) >>> 0;
const expectedRefusals: readonly ErrorCode[] = ['bad_input', 'forbidden', 'not_found', 'conflict', 'locked', 'rate_limited'];
/** Inputs the schema accepts reach real handlers (PIN hashing costs ~0.2 s): about this many per method and caller (twice for the administrator). */
const VALID_PER_CALLER = 3;
const RANDOM_ROUNDS = 12;
/** Share of the hostile payloads also sent over HTTP (each kind is always sent at least once). */
const HTTP_SAMPLE = 0.06;
const methods = Object.keys(contract) as (keyof typeof contract)[];
const adminPin = '13579246';

const callers: Record<'public' | 'staff' | 'admin', Caller> = {
  public: { transport: 'test' },
  staff: { transport: 'test', actor: { id: 'fuzz-staff', name: 'Fuzz staff', role: 'staff' } },
  admin: { transport: 'test', actor: { id: 'fuzz-admin', name: 'Fuzz admin', role: 'admin' } },
};

/** Every path below a folder with its size, except the data folder the kiosk may write to. */
async function snapshot(root: string, skip: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(dir: string) {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (path === skip) continue;
      out.push(`${path} ${entry.isDirectory() ? 'dir' : (await stat(path)).size}`);
      if (entry.isDirectory()) await walk(path);
    }
  }
  await walk(root);
  return out.sort();
}

function prototypeKeys() {
  return { object: Object.getOwnPropertyNames(Object.prototype).sort().join(), array: Object.getOwnPropertyNames(Array.prototype).sort().join() };
}

function checkAnswer(result: Result<unknown>, where: string) {
  expect(typeof result?.ok, `${where}: not a {ok} answer`).toBe('boolean');
  if (!result.ok) {
    expect(expectedRefusals, `${where}: answered ${result.error.code}: ${result.error.message.slice(0, 300)}`).toContain(result.error.code);
    expect(result.error.messageTh, `${where}: no Thai message`).toBeTruthy();
  }
}

/** The payloads of one method: a valid base and every hostile kind, the same for a given seed. */
function payloadsOf(method: keyof typeof contract, outsideDir: string): { base: Payload; valid: boolean; hostile: Payload[] } {
  const rng = mulberry32(seed ^ [...method].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261));
  const { value, valid } = validInput(contract[method].input, rng);
  return { base: { kind: 'valid', label: 'valid input', value, text: () => JSON.stringify(value) }, valid, hostile: hostilePayloads(value, rng, outsideDir, RANDOM_ROUNDS) };
}

describe(`contract fuzz (seed ${seed}; FUZZ_SEED to change)`, () => {
  let parent: string;
  let dataDir: string;
  let outsideDir: string;
  let before: string[];
  let beforeProto: ReturnType<typeof prototypeKeys>;
  let kiosk: Kiosk;
  let adminId = '';
  const coverage = new Map<string, Set<string>>();
  const sent = { dispatch: 0, http: 0 };
  const note = (method: string, kind: string) => coverage.set(method, (coverage.get(method) ?? new Set()).add(kind));

  beforeAll(async () => {
    parent = await mkdtemp(join(tmpdir(), 'kiosk-fuzz-'));
    dataDir = join(parent, 'data');
    outsideDir = join(parent, 'outside');
    await mkdir(outsideDir);
    await writeFile(join(outsideDir, 'canary.txt'), 'must stay as it is');
    kiosk = await bootKiosk({ dataDir, clock: fixedClock('2026-11-21T03:00:00Z') });
    adminId = (await createAdminOnMachine(kiosk, 'ผู้ดูแลระบบ', adminPin)).id;
    before = await snapshot(parent, dataDir);
    beforeProto = prototypeKeys();
  });

  afterAll(async () => {
    const kinds = new Set([...coverage.values()].flatMap((s) => [...s]));
    const dispatched = [...coverage.keys()].filter((k) => !k.startsWith('http ')).length;
    console.log(`fuzz seed ${seed}: ${dispatched} methods (${coverage.size - dispatched} over HTTP) x ${kinds.size} payload kinds (${[...kinds].sort().join(', ')}); ${sent.dispatch} dispatcher calls, ${sent.http} HTTP requests`);
    await rm(parent, { recursive: true, force: true });
  });

  it('the dispatcher refuses hostile input and never fails inside, for every caller', { timeout: 120_000 }, async () => {
    for (const method of methods) {
      const { base, valid, hostile } = payloadsOf(method, outsideDir);
      const spec = contract[method];
      if (valid && spec.role === 'public' && !spec.changes) {
        const answer = await kiosk.dispatch(method, base.value, callers.public);
        checkAnswer(answer, `seed=${seed} ${method} valid input as public`);
      }
      // Inputs the schema accepts reach the handlers: a seeded sample of them (hostile strings that
      // are still valid, e.g. a file name "../x"), more for the administrator who may call everything.
      const all = [base, ...hostile];
      const validOnes = all.filter((p) => spec.input.safeParse(p.value).success);
      for (const [role, caller] of Object.entries(callers)) {
        const rng = mulberry32(seed + role.length);
        const chosen = new Set([base, ...validOnes.filter(() => rng() < (role === 'admin' ? VALID_PER_CALLER * 2 : VALID_PER_CALLER) / validOnes.length)]);
        for (const payload of all) {
          if (validOnes.includes(payload) && !chosen.has(payload)) continue;
          sent.dispatch++;
          const where = `seed=${seed} ${method} as ${role}: ${payload.kind} (${payload.label})`;
          const answer = await kiosk.dispatch(method, payload.value, caller);
          checkAnswer(answer, where);
          note(method, payload.kind);
          if (payload.kind === 'wrong-type' && payload.label.endsWith('(root)')) expect(answer.ok, where).toBe(false);
        }
      }
    }
    expect(prototypeKeys(), `seed=${seed}: Object/Array prototype changed`).toEqual(beforeProto);
    expect(({} as Record<string, unknown>).polluted, `seed=${seed}: Object.prototype polluted`).toBeUndefined();
    expect(await snapshot(parent, dataDir), `seed=${seed}: a file appeared or changed outside the data folder`).toEqual(before);
  });

  describe('over real HTTP', () => {
    let server: Server;
    let port: number;
    const tokens: Record<string, string | undefined> = {};

    beforeAll(async () => {
      port = await new Promise<number>((resolve) => {
        const probe = createServer().listen(0, '127.0.0.1', () => {
          const { port: free } = probe.address() as { port: number };
          probe.close(() => resolve(free));
        });
      });
      const renderer = join(parent, 'renderer');
      await mkdir(renderer, { recursive: true });
      await writeFile(join(renderer, 'index.html'), '<!doctype html><title>kiosk</title>');
      before = await snapshot(parent, dataDir);
      server = createWebServer({ dispatch: kiosk.dispatch, rendererDir: renderer, port, readPdf: (sha) => kiosk.services.catalogue.publicPdf(sha), resolveSession: kiosk.resolveSession });
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
      const login = await kiosk.dispatch('staff.login', loginInput(kiosk, adminId, adminPin), { transport: 'http' });
      tokens.admin = login.ok ? (login.value as { token: string }).token : undefined;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    function post(method: string, body: string, token?: string) {
      return new Promise<{ status: number; body: string }>((resolve, reject) => {
        const headers: Record<string, string> = { Host: `127.0.0.1:${port}`, 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) };
        if (token) headers['x-kiosk-session'] = token;
        const req = request({ host: '127.0.0.1', port, method: 'POST', path: `/api/${encodeURIComponent(method)}`, headers }, (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        });
        req.on('error', reject);
        req.end(body);
      });
    }

    it('answers every hostile body with a JSON refusal, never a 500', { timeout: 120_000 }, async () => {
      expect(tokens.admin, 'the administrator could not sign in for the HTTP pass').toBeTruthy();
      for (const method of methods) {
        const { base, hostile } = payloadsOf(method, outsideDir);
        // HTTP adds the transport (body reading, JSON, status codes): every kind once, plus a seeded sample.
        const pick = mulberry32(seed);
        const firstOfKind = [...new Map(hostile.map((p) => [p.kind, p])).values()];
        const sampled = hostile.filter(() => pick() < HTTP_SAMPLE);
        for (const [role, token] of [['public', undefined], ['admin', tokens.admin]] as const) {
          let validLeft = 2;
          for (const payload of [base, ...firstOfKind, ...sampled]) {
            if (contract[method].input.safeParse(payload.value).success && validLeft-- <= 0) continue;
            const where = `seed=${seed} HTTP ${method} as ${role}: ${payload.kind} (${payload.label})`;
            sent.http++;
            const res = await post(method, payload.text(), token).catch((error: unknown) => { throw new Error(`${where}: ${String(error)}`); });
            expect(res.status, `${where}: ${res.body.slice(0, 300)}`).not.toBe(500);
            checkAnswer(JSON.parse(res.body) as Result<unknown>, where);
            note(`http ${method}`, payload.kind);
          }
        }
        for (const raw of ['', 'NaN', '{"a":', '\u0000', '[]', 'null', '"x"', '{"__proto__":{"polluted":1}}']) {
          const res = await post(method, raw, tokens.admin);
          expect(res.status, `seed=${seed} HTTP ${method} raw ${JSON.stringify(raw)}: ${res.body.slice(0, 200)}`).not.toBe(500);
          checkAnswer(JSON.parse(res.body) as Result<unknown>, `seed=${seed} HTTP ${method} raw ${JSON.stringify(raw)}`);
        }
      }
      for (const name of ['../../etc/passwd', '..%2f..%2fx', '__proto__', 'constructor', 'catalogue.get/../staff.listAccounts', '%00']) {
        const res = await post(name, '{}');
        expect([403, 404, 400], `seed=${seed} HTTP method name ${name}: ${res.status}`).toContain(res.status);
      }
      expect(prototypeKeys(), `seed=${seed}: prototype changed`).toEqual(beforeProto);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(await snapshot(parent, dataDir), `seed=${seed}: a file appeared outside the data folder`).toEqual(before);
    });
  });

  // Last: after the fuzz runs above, every method must have been sent hostile input, and the
  // services must answer exactly the contract's methods (a handler without a method, or the
  // reverse, fails here rather than at a caller).
  it('fuzzed every method of the contract, and the handlers match the contract one to one', () => {
    expect(methods.filter((m) => !coverage.has(m))).toEqual([]);
    expect(Object.keys(kiosk.services.handlers).sort()).toEqual([...methods].sort());
  });
});
