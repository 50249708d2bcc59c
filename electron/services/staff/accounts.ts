import { sameText } from '../search/matchesText';
import { createHmac, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Actor } from '../../contract/handler';
import { KioskError } from '../../contract/result';
import type { AccountCard, AccountDetail, SignInChoice, StaffRole } from '../../contract/staff';
import type { Clock, Log } from '../runtime';
import { openJsonStore, type StoreContext } from '../store/jsonStore';
import { saveError } from '../store/saveError';
import { assertPinAcceptable, hashPin, usesCurrentParams, verifyPin, type PinHash } from './pin';
import { createPinThrottle } from './pinThrottle';
import { signInLabels } from './signInLabels';
import { emptyStaffFile, StaffFile, type StaffAccount } from './staffFile';

/** Throttle keys of the doors that are not one account. */
export const DOOR = { exit: 'door:exit', setup: 'door:setup', unknown: 'door:unknown' } as const;

export type Attempt =
  /** `wrongBefore`: wrong PINs tried on the account since its last sign-in (this one clears them). */
  | { kind: 'ok'; account: StaffAccount; wrongBefore: number }
  /** A PIN was checked and was wrong. `waitUntil` is set when the next try must wait. */
  | { kind: 'wrong'; account?: StaffAccount; failures: number; waitUntil?: string; refusedWhileWaiting: number }
  /** Refused without checking: the key is waiting. `first` for the first refusal of this wait. */
  | { kind: 'wait'; account?: StaffAccount; until: string; first: boolean };
export type Refused = Exclude<Attempt, { kind: 'ok' }>;

const card = (a: StaffAccount): AccountCard => ({ id: a.id, name: a.name, role: a.role });
const notFound = () => new KioskError('not_found', { th: 'ไม่พบบัญชีนี้', en: 'Account not found' });
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

/**
 * What the sign-in screen sends back for the initials tapped: derived from the account id with
 * the account's own PIN salt (which never leaves the data folder), so it names no account id and
 * cannot be worked out from one. It changes when the PIN changes; the screen then asks again.
 */
const refOf = (a: StaffAccount) => createHmac('sha256', Buffer.from(a.pin.salt, 'hex')).update(`sign-in:${a.id}`).digest('hex').slice(0, 24);

/**
 * Accounts and PINs in `staff.json`. Every PIN check and every change runs through one queue:
 * a burst of parallel guesses cannot all be checked before the failure counter moves, and
 * scrypt (CPU-heavy) never runs more than once at a time on a 2-core kiosk. Wrong PINs are
 * counted in memory first and saved when the disk allows: the answer never depends on the disk.
 */
export async function openAccounts(options: { dataDir: string; clock: Clock; log: Log; stores: StoreContext; phoneNumbers?: () => readonly string[] }) {
  const { clock, log } = options;
  const store = await openJsonStore({
    path: join(options.dataDir, 'staff.json'),
    schema: StaffFile,
    defaults: emptyStaffFile,
    now: clock.now,
    ...options.stores,
  });
  const data = () => store.data();
  const throttle = createPinThrottle(clock, data().accounts.map((a) => [a.id, {
    failures: a.lockout.failures,
    waitUntil: a.lockout.lockedUntil ? new Date(a.lockout.lockedUntil).getTime() : undefined,
  }]));
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  };
  let dummy: PinHash | undefined;
  let savingCountsFails = false;

  /**
   * A change to the accounts, made on a copy and current only once it is on disk. Every save
   * carries the current wrong-PIN counts, so one refused by a full disk is caught up by the next.
   */
  async function commit(mutate: (draft: StaffFile) => void): Promise<void> {
    try {
      await store.commit((current) => {
        const draft = structuredClone(current);
        for (const a of draft.accounts) {
          const s = throttle.state(a.id);
          a.lockout = s.waitUntil ? { failures: s.failures, lockedUntil: iso(s.waitUntil) } : { failures: s.failures };
        }
        mutate(draft);
        return draft;
      });
    } catch (error) {
      throw saveError(error, { th: 'บันทึกข้อมูลบัญชีไม่สำเร็จ ข้อมูลเดิมยังอยู่ครบ', en: 'Could not save the accounts; nothing was changed' });
    }
  }

  /** Saves the counts if the disk takes them; the count in memory stands either way. */
  async function saveCounts(mutate: (draft: StaffFile) => void = () => {}): Promise<void> {
    try {
      await commit(mutate);
      if (savingCountsFails) log.info('wrong-PIN counts are saved again', {});
      savingCountsFails = false;
    } catch (error) {
      if (!savingCountsFails) log.warn('wrong-PIN counts kept in memory only: the data folder refused the save', { error: String(error) });
      savingCountsFails = true;
    }
  }

  const find = (id: string) => data().accounts.find((a) => a.id === id);
  const mustFind = (id: string) => find(id) ?? (() => { throw notFound(); })();
  const isActive = (a: StaffAccount) => !a.disabled;
  const activeAdmins = () => data().accounts.filter((a) => isActive(a) && a.role === 'admin');
  const phoneNumbers = () => options.phoneNumbers?.() ?? [];

  function assertNameFree(name: string, exceptId?: string) {
    // The same name typed with other spacing or ำ as ํ+า is the same person (the search's text rule).
    if (data().accounts.some((a) => a.id !== exceptId && sameText(a.name, name))) {
      throw new KioskError('conflict', { th: 'มีบัญชีชื่อนี้อยู่แล้ว', en: 'An account with this name already exists' });
    }
  }

  function newId(): string {
    for (;;) {
      const id = randomBytes(5).toString('hex');
      if (!find(id)) return id;
    }
  }

  async function addAccount(input: { name: string; role: StaffRole; pin: string }): Promise<StaffAccount> {
    assertPinAcceptable(input.pin, { phoneNumbers: phoneNumbers() });
    assertNameFree(input.name);
    const account: StaffAccount = {
      id: newId(), name: input.name, role: input.role, pin: await hashPin(input.pin),
      createdAt: clock.now().toISOString(), lockout: { failures: 0 },
    };
    await commit((d) => { d.accounts.push(account); });
    return account;
  }

  /**
   * A PIN check behind a throttle key: refused unchecked while the key waits; a right answer
   * clears the key's count, a wrong one adds to it (and saves it when the key is an account).
   */
  async function throttled(key: string, account: StaffAccount | undefined, check: () => Promise<boolean>): Promise<Refused | { kind: 'passed'; wrongBefore: number }> {
    const gate = throttle.gate(key);
    if (gate.kind === 'wait') return { kind: 'wait', account, until: gate.until.toISOString(), first: gate.first };
    if (await check()) {
      const wrongBefore = throttle.state(key).failures;
      throttle.clear(key);
      if (wrongBefore > 0 && find(key)) await saveCounts();
      return { kind: 'passed', wrongBefore };
    }
    const outcome = throttle.failed(key);
    if (find(key)) await saveCounts();
    return { kind: 'wrong', account, failures: outcome.failures, waitUntil: iso(outcome.waitUntil), refusedWhileWaiting: outcome.refusedWhileWaiting };
  }

  async function attemptOne(account: StaffAccount, pin: string): Promise<Attempt> {
    const result = await throttled(account.id, account, () => verifyPin(pin, account.pin));
    if (result.kind !== 'passed') return result;
    if (!usesCurrentParams(account.pin)) {
      const rehash = await hashPin(pin);
      await saveCounts((d) => { const a = d.accounts.find((x) => x.id === account.id); if (a) a.pin = rehash; });
    }
    return { kind: 'ok', account: find(account.id) ?? account, wrongBefore: result.wrongBefore };
  }

  /**
   * Each account's sign-in label. Shared initials are numbered in the order the accounts were made,
   * disabled ones included, so a new account or a disabled one renumbers nobody.
   */
  const labelsById = (): Map<string, string> => {
    const byAge = [...data().accounts].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    const labels = signInLabels(byAge.map((a) => a.name));
    return new Map(byAge.map((a, i) => [a.id, labels[i] ?? '?']));
  };

  return {
    recovery: store.recovery,
    head: () => ({ store: store.name, auditSeq: store.auditSeq() }),
    count: () => data().accounts.length,
    /** The sign-in screen's buttons: initials and a reference, never names or account ids. */
    choices: (): SignInChoice[] => {
      const labels = labelsById();
      return data().accounts.filter(isActive).sort((a, b) => a.name.localeCompare(b.name, 'th'))
        .map((a) => ({ ref: refOf(a), initials: labels.get(a.id) ?? '?' }));
    },
    /** For tests and tools on the machine: the reference the screen would send for an account. */
    refOf: (id: string) => refOf(mustFind(id)),
    details: (): AccountDetail[] => {
      const now = clock.now().getTime();
      const labels = labelsById();
      return data().accounts.map((a) => {
        const s = throttle.state(a.id);
        const waiting = s.waitUntil !== undefined && now < s.waitUntil ? iso(s.waitUntil) : undefined;
        return { ...card(a), createdAt: a.createdAt, disabled: Boolean(a.disabled), failedAttempts: s.failures, lockedUntil: waiting, signInLabel: labels.get(a.id) ?? '?' };
      });
    },
    card: (id: string): AccountCard => card(mustFind(id)),
    /** The actor a session stands for, or undefined once the account is gone or disabled. */
    actorOf(id: string): Actor | undefined {
      const a = find(id);
      return a && isActive(a) ? card(a) : undefined;
    },
    assertPinAcceptable: (pin: string) => assertPinAcceptable(pin, { phoneNumbers: phoneNumbers() }),

    /**
     * Only while no account exists, once the caller has shown it may (the setup code's check
     * runs inside the same queue, so two claims cannot both pass).
     */
    createFirstAdmin: (name: string, pin: string, authorised: () => Promise<boolean>) =>
      serial(async () => {
        if (data().accounts.length > 0) {
          throw new KioskError('conflict', { th: 'ตั้งค่าผู้ดูแลระบบคนแรกไปแล้ว', en: 'The first administrator has already been set up' });
        }
        assertPinAcceptable(pin, { phoneNumbers: phoneNumbers() });
        assertNameFree(name);
        const attempt = await throttled(DOOR.setup, undefined, authorised);
        if (attempt.kind !== 'passed') return attempt;
        return { kind: 'created' as const, account: await addAccount({ name, role: 'admin', pin }) };
      }),

    create: (input: { name: string; role: StaffRole; pin: string }) => serial(() => addAccount(input)),

    update: (id: string, patch: { name?: string; role?: StaffRole; disabled?: boolean }) =>
      serial(async () => {
        const account = mustFind(id);
        const before = card(account);
        const losesAdmin = account.role === 'admin' && isActive(account) && (patch.role === 'staff' || patch.disabled === true);
        if (losesAdmin && activeAdmins().length <= 1) {
          throw new KioskError('conflict', {
            th: 'ต้องมีผู้ดูแลระบบที่ใช้งานได้อย่างน้อยหนึ่งคน จึงปิดหรือลดสิทธิ์บัญชีนี้ไม่ได้',
            en: 'At least one active administrator must remain; this account cannot be disabled or demoted',
          });
        }
        if (patch.name !== undefined) assertNameFree(patch.name, id);
        await commit((d) => {
          const a = d.accounts.find((x) => x.id === id);
          if (!a) return;
          if (patch.name !== undefined) a.name = patch.name;
          if (patch.role !== undefined) a.role = patch.role;
          if (patch.disabled !== undefined) a.disabled = patch.disabled || undefined;
          a.updatedAt = clock.now().toISOString();
        });
        return { before: { ...before, disabled: Boolean(account.disabled) }, after: { ...card(mustFind(id)), disabled: Boolean(mustFind(id).disabled) } };
      }),

    /** Sets a PIN without the old one (administrator reset, or its owner after checking the old one) and clears the count. */
    setPin: (id: string, pin: string) =>
      serial(async () => {
        assertPinAcceptable(pin, { phoneNumbers: phoneNumbers() });
        mustFind(id);
        const hash = await hashPin(pin);
        await commit((d) => {
          const a = d.accounts.find((x) => x.id === id);
          if (a) { a.pin = hash; a.lockout = { failures: 0 }; a.updatedAt = clock.now().toISOString(); }
        });
        throttle.clear(id);
        return card(mustFind(id));
      }),

    /** Clears the wrong-PIN count and any wait; saved first, so a refused save changes nothing. */
    unlock: (id: string) =>
      serial(async () => {
        mustFind(id);
        const s = throttle.state(id);
        const before = s.waitUntil ? { failures: s.failures, lockedUntil: iso(s.waitUntil) } : { failures: s.failures };
        await commit((d) => {
          const a = d.accounts.find((x) => x.id === id);
          if (a) a.lockout = { failures: 0 };
        });
        throttle.clear(id);
        return { card: card(mustFind(id)), before };
      }),

    /**
     * A sign-in attempt by the reference the screen got from `choices()`. Unknown and disabled
     * references cost the same scrypt time as real ones and share one throttle key.
     */
    attemptByRef: (ref: string, pin: string) =>
      serial(async (): Promise<Attempt> => {
        const account = data().accounts.find((a) => isActive(a) && refOf(a) === ref);
        if (account) return attemptOne(account, pin);
        const result = await throttled(DOOR.unknown, undefined, async () => {
          dummy ??= await hashPin('0');
          await verifyPin(pin, dummy);
          return false;
        });
        if (result.kind === 'passed') throw new Error('unreachable: an unknown account passed');
        return result;
      }),

    /** The signed-in person's own PIN (changing it): same count as their sign-in. */
    attempt: (id: string, pin: string) =>
      serial(async (): Promise<Attempt> => {
        const account = find(id);
        if (!account || !isActive(account)) throw notFound();
        return attemptOne(account, pin);
      }),

    /**
     * The exit gate: any active administrator's PIN opens it. Misses count against the gate
     * itself, not against the administrators, so guessing there slows no one's sign-in.
     */
    attemptExit: (pin: string) =>
      serial(async (): Promise<Attempt> => {
        let opener: StaffAccount | undefined;
        const result = await throttled(DOOR.exit, undefined, async () => {
          for (const admin of activeAdmins()) if (await verifyPin(pin, admin.pin)) { opener = admin; return true; }
          return false;
        });
        if (result.kind !== 'passed') return result;
        if (!opener) throw new Error('unreachable: the exit gate passed without an administrator');
        return { kind: 'ok', account: opener, wrongBefore: result.wrongBefore };
      }),
  };
}
export type Accounts = Awaited<ReturnType<typeof openAccounts>>;
