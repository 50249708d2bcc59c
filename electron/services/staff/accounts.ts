import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Actor } from '../../contract/handler';
import { KioskError } from '../../contract/result';
import type { AccountCard, AccountDetail, StaffRole } from '../../contract/staff';
import type { Clock } from '../runtime';
import { openJsonStore, type StoreContext } from '../store/jsonStore';
import { saveError } from '../store/saveError';
import { assertPinAcceptable, hashPin, usesCurrentParams, verifyPin, type PinHash } from './pin';
import { emptyStaffFile, StaffFile, type StaffAccount } from './staffFile';

export const MAX_FAILURES = 5;
export const LOCK_MS = 5 * 60_000;

export type Attempt =
  | { kind: 'ok'; account: StaffAccount }
  | { kind: 'wrong'; account: StaffAccount; remaining: number }
  /** `now` is true when this attempt caused the lock. */
  | { kind: 'locked'; account: StaffAccount; until: string; now: boolean }
  | { kind: 'unknown' };

const card = (a: StaffAccount): AccountCard => ({ id: a.id, name: a.name, role: a.role });
const notFound = () => new KioskError('not_found', { th: 'ไม่พบบัญชีนี้', en: 'Account not found' });

/**
 * Accounts and PINs in `staff.json`. Every PIN check and every change runs through one queue:
 * a burst of parallel guesses cannot all be checked before the failure counter moves, and
 * scrypt (CPU-heavy) never runs more than once at a time on a 2-core kiosk.
 */
export async function openAccounts(options: { dataDir: string; clock: Clock; stores: StoreContext }) {
  const { clock } = options;
  const store = await openJsonStore({
    path: join(options.dataDir, 'staff.json'),
    schema: StaffFile,
    defaults: emptyStaffFile,
    now: clock.now,
    ...options.stores,
  });
  const data = () => store.data();
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  };
  let dummy: PinHash | undefined;

  /** A change to the accounts: made on a copy, current only once it is on disk. */
  async function commit(mutate: (draft: StaffFile) => void): Promise<void> {
    try {
      await store.commit((current) => {
        const draft = structuredClone(current);
        mutate(draft);
        return draft;
      });
    } catch (error) {
      throw saveError(error, { th: 'บันทึกข้อมูลบัญชีไม่สำเร็จ ข้อมูลเดิมยังอยู่ครบ', en: 'Could not save the accounts; nothing was changed' });
    }
  }

  const find = (id: string) => data().accounts.find((a) => a.id === id);
  const mustFind = (id: string) => find(id) ?? (() => { throw notFound(); })();
  const isActive = (a: StaffAccount) => !a.disabled;
  const activeAdmins = () => data().accounts.filter((a) => isActive(a) && a.role === 'admin');

  function assertNameFree(name: string, exceptId?: string) {
    const key = name.normalize('NFC').toLocaleLowerCase('th');
    if (data().accounts.some((a) => a.id !== exceptId && a.name.normalize('NFC').toLocaleLowerCase('th') === key)) {
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
    assertPinAcceptable(input.pin);
    assertNameFree(input.name);
    const account: StaffAccount = {
      id: newId(), name: input.name, role: input.role, pin: await hashPin(input.pin),
      createdAt: clock.now().toISOString(), lockout: { failures: 0 },
    };
    await commit((d) => { d.accounts.push(account); });
    return account;
  }

  /** Checks a PIN against one account under the lockout rules; persists the counter. */
  async function attemptOne(account: StaffAccount, pin: string): Promise<Attempt> {
    const { lockedUntil } = account.lockout;
    if (lockedUntil && clock.now() < new Date(lockedUntil)) return { kind: 'locked', account, until: lockedUntil, now: false };
    const good = await verifyPin(pin, account.pin);
    const id = account.id;
    if (good) {
      const rehash = usesCurrentParams(account.pin) ? undefined : await hashPin(pin);
      if (account.lockout.failures > 0 || account.lockout.lockedUntil || rehash) {
        await commit((d) => {
          const a = d.accounts.find((x) => x.id === id);
          if (!a) return;
          a.lockout = { failures: 0 };
          if (rehash) a.pin = rehash;
        });
      }
      return { kind: 'ok', account: find(id) ?? account };
    }
    // An expired lock starts a fresh count of five.
    const failures = (lockedUntil ? 0 : account.lockout.failures) + 1;
    const until = failures >= MAX_FAILURES ? new Date(clock.now().getTime() + LOCK_MS).toISOString() : undefined;
    await commit((d) => {
      const a = d.accounts.find((x) => x.id === id);
      if (a) a.lockout = until ? { failures, lockedUntil: until } : { failures };
    });
    const updated = find(id) ?? account;
    return until ? { kind: 'locked', account: updated, until, now: true } : { kind: 'wrong', account: updated, remaining: MAX_FAILURES - failures };
  }

  return {
    recovery: store.recovery,
    head: () => ({ store: store.name, auditSeq: store.auditSeq() }),
    count: () => data().accounts.length,
    cards: (): AccountCard[] => data().accounts.filter(isActive).map(card).sort((a, b) => a.name.localeCompare(b.name, 'th')),
    details: (): AccountDetail[] => {
      const now = clock.now();
      return data().accounts.map((a) => {
        const locked = a.lockout.lockedUntil && now < new Date(a.lockout.lockedUntil) ? a.lockout.lockedUntil : undefined;
        return { ...card(a), createdAt: a.createdAt, disabled: Boolean(a.disabled), failedAttempts: locked || !a.lockout.lockedUntil ? a.lockout.failures : 0, lockedUntil: locked };
      });
    },
    card: (id: string): AccountCard => card(mustFind(id)),
    /** The actor a session stands for, or undefined once the account is gone or disabled. */
    actorOf(id: string): Actor | undefined {
      const a = find(id);
      return a && isActive(a) ? card(a) : undefined;
    },

    /** Only while no account exists: the first start has no default PIN. */
    createFirstAdmin: (name: string, pin: string) =>
      serial(async () => {
        if (data().accounts.length > 0) {
          throw new KioskError('conflict', { th: 'ตั้งค่าผู้ดูแลระบบคนแรกไปแล้ว', en: 'The first administrator has already been set up' });
        }
        return addAccount({ name, role: 'admin', pin });
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

    /** Sets a PIN without the old one (administrator reset) and clears the lockout. */
    setPin: (id: string, pin: string) =>
      serial(async () => {
        assertPinAcceptable(pin);
        mustFind(id);
        const hash = await hashPin(pin);
        await commit((d) => {
          const a = d.accounts.find((x) => x.id === id);
          if (a) { a.pin = hash; a.lockout = { failures: 0 }; a.updatedAt = clock.now().toISOString(); }
        });
        return card(mustFind(id));
      }),

    unlock: (id: string) =>
      serial(async () => {
        const before = structuredClone(mustFind(id).lockout);
        await commit((d) => {
          const a = d.accounts.find((x) => x.id === id);
          if (a) a.lockout = { failures: 0 };
        });
        return { card: card(mustFind(id)), before };
      }),

    /** A sign-in attempt. Unknown and disabled accounts cost the same scrypt time as real ones. */
    attempt: (id: string, pin: string) =>
      serial(async (): Promise<Attempt> => {
        const account = find(id);
        if (!account || !isActive(account)) {
          dummy ??= await hashPin('0');
          await verifyPin(pin, dummy);
          return { kind: 'unknown' };
        }
        return attemptOne(account, pin);
      }),

    /** For the exit gate: tries the active administrators that are not locked; each miss counts against each. */
    attemptAdmins: (pin: string, onlyId?: string) =>
      serial(async (): Promise<Attempt[]> => {
        const admins = activeAdmins().filter((a) => !onlyId || a.id === onlyId);
        const results: Attempt[] = [];
        for (const admin of admins) {
          const result = await attemptOne(admin, pin);
          if (result.kind === 'ok') return [result];
          results.push(result);
        }
        return results;
      }),
  };
}
export type Accounts = Awaited<ReturnType<typeof openAccounts>>;
