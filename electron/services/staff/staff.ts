import type { Actor, AuditChange } from '../../contract/handler';
import { KioskError } from '../../contract/result';
import type { LoginAnswer, StaffRole } from '../../contract/staff';
import type { Clock, Log } from '../runtime';
import type { StoreContext, StoreRecovery } from '../store/jsonStore';
import { LOCK_MS, MAX_FAILURES, openAccounts, type Attempt } from './accounts';
import { openAuditLog } from './auditLog';
import { changesAfter, findUnappliedUnit, NOT_APPLIED_METHOD, notAppliedChange, type StoreHead } from './auditReconcile';
import { createSessions } from './sessions';

type Transport = string;
type RecordChange = (change: AuditChange) => void;

const bangkokTime = new Intl.DateTimeFormat('th-TH', { timeStyle: 'short', timeZone: 'Asia/Bangkok' });
const notice = (t: { th: string; en: string }) => `${t.th} / ${t.en}`;
const target = (accountId: string) => `account:${accountId}`;

export function lockedError(until: string): KioskError {
  const time = bangkokTime.format(new Date(until));
  return new KioskError('locked', {
    th: `บัญชีนี้ถูกล็อกชั่วคราวเพราะใส่รหัส PIN ผิด ${MAX_FAILURES} ครั้ง ลองใหม่ได้เวลา ${time} น.`,
    en: `This account is locked after ${MAX_FAILURES} wrong PINs; try again at ${time} (Bangkok time)`,
  }, { lockedUntil: until });
}

const wrongPinError = (remaining: number) => new KioskError('forbidden', {
  th: `รหัส PIN ไม่ถูกต้อง เหลืออีก ${remaining} ครั้งก่อนบัญชีจะถูกล็อก ${LOCK_MS / 60_000} นาที`,
  en: `Wrong PIN: ${remaining} attempt${remaining === 1 ? '' : 's'} left before the account locks for ${LOCK_MS / 60_000} minutes`,
}, { remainingAttempts: remaining });

const cannotSignIn = () => new KioskError('forbidden', {
  th: 'เข้าสู่ระบบไม่ได้ โปรดเลือกชื่อของท่านจากรายการ', en: 'Cannot sign in; pick your name from the list',
});

const card = (a: { id: string; name: string; role: StaffRole }): Actor => ({ id: a.id, name: a.name, role: a.role });

/**
 * The staff capability: accounts and PINs, sessions, and the audit trail. Security events that
 * are not data changes (sign-ins, wrong PINs, lockouts, start-up recoveries) are written to the
 * trail here; data changes reach it through the dispatcher.
 */
export async function openStaff(options: {
  dataDir: string; clock: Clock; log: Log; stores: StoreContext;
  recoveries?: readonly StoreRecovery[];
  /** The other stores' audit stamps, to find a change whose audit entry was written but not the change itself. */
  heads?: readonly StoreHead[];
}) {
  /** Said at every sign-in while this process could not take the folder: edits will be refused. */
  const readOnly = options.stores.owner ? undefined : notice({
    th: 'ระบบบันทึกข้อมูลลงโฟลเดอร์ข้อมูลไม่ได้ (ดิสก์เต็มหรือเป็นแบบอ่านอย่างเดียว) ประชาชนยังค้นและอ่านเอกสารได้ตามปกติ แต่การแก้ไขทุกอย่างจะถูกปฏิเสธ โปรดแจ้งผู้ดูแลระบบ',
    en: 'The data folder cannot be written (full disk or read-only): citizens are served as usual, but every edit will be refused. Please tell IT',
  });
  const { clock, log } = options;
  const accounts = await openAccounts({ dataDir: options.dataDir, clock, stores: options.stores });
  const audit = await openAuditLog({ dataDir: options.dataDir, clock, log });
  const sessions = createSessions({ clock, actorOf: accounts.actorOf });
  /** Shown at every sign-in until an administrator has signed in and seen them. */
  let pendingNotices: string[] = [];

  /** A security event must not stop a sign-in when the disk refuses it; it is logged instead. */
  async function securityEvent(method: string, transport: Transport, actor: Actor | null, change: AuditChange) {
    try {
      await audit.append({ method, transport, actor, changes: [change] });
    } catch (error) {
      log.error('could not write a security event to the audit trail', { method, error: String(error) });
    }
  }

  const recoveries = [...(options.recoveries ?? []), ...(accounts.recovery ? [accounts.recovery] : [])];
  // A kill between a change's audit entry and its store write: say so in the trail, once.
  const unapplied = await findUnappliedUnit(audit.path, [...(options.heads ?? []), ...(accounts.recovery ? [] : [accounts.head()])]).catch(() => undefined);
  if (unapplied) {
    await securityEvent(NOT_APPLIED_METHOD, 'system', null, notAppliedChange(unapplied.seq, unapplied.stores, 'the kiosk stopped before it was written'));
  }
  for (const r of recoveries) {
    // What the restored copy lacks: every audited change to this store after the copy was written.
    const lost = await changesAfter(audit.path, r.store, r.restoredAuditSeq ?? 0).catch(() => []);
    const lostList = lost.map((e) => `#${e.seq} ${e.method} ${e.at} ${e.actor?.name ?? ''} ${e.changes.map((c) => c.target).join(' ')}`.trim());
    await securityEvent('system.storeRecovered', 'system', null, {
      target: `store:${r.store}`,
      note: `${r.problem}: ${r.detail}; ${r.restoredFrom ? `restored from ${r.restoredFrom}` : 'started from defaults'}; ${lost.length ? `lost ${lost.length} audited change(s): ${lostList.join('; ')}` : 'no audited change lost'}`,
    });
    const lostTh = lost.length ? ` รายการที่หายไป ${lost.length} รายการ ต้องทำซ้ำ: ${lostList.join('; ')}` : ' ไม่มีรายการที่บันทึกไว้สูญหาย';
    const lostEn = lost.length ? ` ${lost.length} audited change(s) were lost and must be made again: ${lostList.join('; ')}` : ' no audited change was lost';
    pendingNotices.push(notice({
      th: `ไฟล์ข้อมูล ${r.store} เสียหายเมื่อเริ่มระบบ ${r.restoredFrom ? `จึงกู้คืนจากสำเนา ${r.restoredFrom}` : 'และไม่มีสำเนาที่ใช้ได้ จึงเริ่มจากค่าตั้งต้น'}${lostTh}`,
      en: `The data file ${r.store} was damaged at start-up; ${r.restoredFrom ? `it was restored from ${r.restoredFrom}` : 'no good copy existed, so it started from defaults'};${lostEn}`,
    }));
  }
  for (const n of audit.openNotes) {
    await securityEvent('system.auditRepair', 'system', null, n.change);
    pendingNotices.push(notice(n));
  }

  function startSession(actor: Actor): LoginAnswer {
    const { token, expiresAt } = sessions.start(actor.id);
    const notices = [...(readOnly ? [readOnly] : []), ...pendingNotices];
    if (actor.role === 'admin') pendingNotices = [];
    return { token, actor, expiresAt, idleSeconds: sessions.idleMs / 1000, notices };
  }

  /** Turns a failed attempt into its audit event and the error the PIN pad shows. */
  async function refuse(attempt: Exclude<Attempt, { kind: 'ok' }>, method: string, transport: Transport, accountId: string): Promise<never> {
    if (attempt.kind === 'unknown') {
      await securityEvent(method, transport, null, { target: target(accountId), note: 'refused: unknown or disabled account' });
      throw cannotSignIn();
    }
    const who = card(attempt.account);
    if (attempt.kind === 'wrong') {
      await securityEvent(method, transport, null, { target: target(who.id), note: `wrong PIN for ${who.name}; ${attempt.remaining} attempts left` });
      throw wrongPinError(attempt.remaining);
    }
    await securityEvent(method, transport, null, {
      target: target(who.id),
      note: attempt.now ? `wrong PIN for ${who.name}; account locked until ${attempt.until}` : `attempt while locked until ${attempt.until}`,
    });
    if (attempt.now) sessions.endAllFor(who.id);
    throw lockedError(attempt.until);
  }

  return {
    audit,
    accounts,
    sessions,
    /** For transports: the session header / IPC argument to the signed-in actor. */
    resolveSession: (token: string) => sessions.resolve(token),
    notices: () => [...pendingNotices],

    status: () => ({ needsSetup: accounts.count() === 0, accounts: accounts.cards() }),

    async setupFirstAdmin(name: string, pin: string, record: RecordChange): Promise<LoginAnswer> {
      const account = await accounts.createFirstAdmin(name, pin);
      record({ target: target(account.id), after: card(account), note: 'first administrator set up' });
      return startSession(card(account));
    },

    async login(accountId: string, pin: string, transport: Transport): Promise<LoginAnswer> {
      const attempt = await accounts.attempt(accountId, pin);
      if (attempt.kind !== 'ok') return refuse(attempt, 'staff.login', transport, accountId);
      const actor = card(attempt.account);
      await securityEvent('staff.login', transport, actor, { target: target(actor.id), note: 'signed in' });
      return startSession(actor);
    },

    logout: (token: string) => ({ ended: sessions.end(token) }),

    /** The exit-to-desktop gate. Each miss counts against every administrator tried. */
    async verifyAdminPin(pin: string, accountId: string | undefined, transport: Transport): Promise<boolean> {
      const attempts = await accounts.attemptAdmins(pin, accountId);
      const first = attempts[0];
      if (first?.kind === 'ok') {
        await securityEvent('staff.verifyAdminPin', transport, card(first.account), { target: 'kiosk', note: 'administrator PIN accepted at the exit gate' });
        return true;
      }
      for (const a of attempts) {
        if (a.kind === 'ok' || a.kind === 'unknown') continue;
        const note = a.kind === 'wrong' ? `exit gate: wrong PIN counted against ${a.account.name}` : a.now ? `exit gate: ${a.account.name} locked until ${a.until}` : '';
        if (note) await securityEvent('staff.verifyAdminPin', transport, null, { target: target(a.account.id), note });
      }
      const locks = attempts.flatMap((a) => (a.kind === 'locked' ? [a.until] : []));
      if (attempts.length > 0 && locks.length === attempts.length) throw lockedError(locks.sort()[0] ?? '');
      return false;
    },

    async createAccount(input: { name: string; role: StaffRole; pin: string }, record: RecordChange) {
      const account = await accounts.create(input);
      record({ target: target(account.id), after: card(account), note: 'account created' });
      return card(account);
    },

    async updateAccount(input: { id: string; name?: string; role?: StaffRole; disabled?: boolean }, record: RecordChange) {
      const { before, after } = await accounts.update(input.id, input);
      if (after.disabled) sessions.endAllFor(input.id);
      record({ target: target(input.id), before, after });
      return card(after);
    },

    async resetPin(input: { id: string; pin: string }, actor: Actor | undefined, record: RecordChange) {
      const result = await accounts.setPin(input.id, input.pin);
      if (input.id !== actor?.id) sessions.endAllFor(input.id);
      record({ target: target(input.id), note: 'PIN reset by an administrator; lockout cleared' });
      return result;
    },

    async unlock(id: string, record: RecordChange) {
      const { card: result, before } = await accounts.unlock(id);
      record({ target: target(id), before, after: { failures: 0 }, note: 'lockout cleared by an administrator' });
      return result;
    },

    async changeOwnPin(actor: Actor | undefined, oldPin: string, newPin: string, transport: Transport, record: RecordChange): Promise<{ changed: true }> {
      if (!actor || actor.id === 'cli') {
        throw new KioskError('forbidden', { th: 'กรุณาเข้าสู่ระบบเจ้าหน้าที่ก่อน', en: 'Please sign in as staff first' });
      }
      if (oldPin === newPin) {
        throw new KioskError('bad_input', { th: 'รหัส PIN ใหม่ต้องไม่ซ้ำกับรหัสเดิม', en: 'The new PIN must differ from the old one' });
      }
      const attempt = await accounts.attempt(actor.id, oldPin);
      if (attempt.kind !== 'ok') return refuse(attempt, 'staff.changeOwnPin', transport, actor.id);
      await accounts.setPin(actor.id, newPin);
      record({ target: target(actor.id), note: 'PIN changed by its owner' });
      return { changed: true };
    },
  };
}
export type StaffService = Awaited<ReturnType<typeof openStaff>>;
