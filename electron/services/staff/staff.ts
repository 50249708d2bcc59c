import type { Actor, AuditChange } from '../../contract/handler';
import type { AuditNote, WrongSecret } from '../../contract/auditNote';
import { KioskError } from '../../contract/result';
import type { LoginAnswer, StaffRole, StaffStatus } from '../../contract/staff';
import type { Clock, Log } from '../runtime';
import type { StoreContext, StoreRecovery } from '../store/jsonStore';
import { openAccounts, type Refused } from './accounts';
import { openAuditLog } from './auditLog';
import { changesAfter, CUT_SHORT_METHOD, entryRef, findUnappliedUnit, recordedCuts, storesAheadOfTrail, lostChangeLine, NOT_APPLIED_METHOD, notAppliedChange, type StoreHead } from './auditReconcile';
import { createSessions } from './sessions';
import { cannotSignIn, setupCodeError, waitError, wrongPinError } from './refusals';
import { createSetupCode } from './setupCode';

type Transport = string;
type RecordChange = (change: AuditChange) => void;

const notice = (t: { th: string; en: string }) => `${t.th} / ${t.en}`;
const target = (accountId: string) => `account:${accountId}`;

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
  /** The agency's phone numbers (settings): PINs made of their digits are refused. */
  phoneNumbers?: () => readonly string[];
}) {
  /** Said at every sign-in while this process could not take the folder: edits will be refused. */
  const readOnly = options.stores.owner ? undefined : notice({
    th: 'ระบบบันทึกข้อมูลลงโฟลเดอร์ข้อมูลไม่ได้ (ดิสก์เต็มหรือเป็นแบบอ่านอย่างเดียว) ประชาชนยังค้นและอ่านเอกสารได้ตามปกติ แต่การแก้ไขทุกอย่างจะถูกปฏิเสธ โปรดแจ้งผู้ดูแลระบบ',
    en: 'The data folder cannot be written (full disk or read-only): citizens are served as usual, but every edit will be refused. Please tell IT',
  });
  const { clock, log } = options;
  const accounts = await openAccounts({ dataDir: options.dataDir, clock, log, stores: options.stores, phoneNumbers: options.phoneNumbers });
  const setupCode = createSetupCode({ clock, log });
  const audit = await openAuditLog({ dataDir: options.dataDir, clock, log, owner: options.stores.owner });
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
  // Entries removed from the end of the trail: said in it (the next change would reuse their seqs and hide the cut), and to staff.
  const lastSeq = audit.lastSeq();
  const aheadNow = storesAheadOfTrail([...(options.heads ?? []), accounts.head(), ...audit.headStamp()], lastSeq);
  const recorded = aheadNow.length ? await recordedCuts(audit.path).catch(() => new Map()) : new Map();
  const ahead = aheadNow.filter((h) => !recorded.has(`${h.store}:${h.seq}`)); // said once: not again at every start
  if (ahead.length) {
    await securityEvent(CUT_SHORT_METHOD, 'system', null, { target: 'audit', note: { code: 'audit.cutShort', lastSeq, stores: ahead } });
    const stores = ahead.map((h) => `${h.store} (#${h.seq})`).join(', ');
    pendingNotices.push(notice({
      th: `ประวัติการแก้ไขสิ้นสุดที่รายการที่ ${lastSeq} แต่ข้อมูล ${stores} ถูกบันทึกภายใต้รายการหลังจากนั้น รายการท้ายประวัติการแก้ไขหายไป (ถูกลบหรือตัดออก) โปรดแจ้งผู้ดูแลระบบ`,
      en: `Entries are missing from the end of the audit trail: it ends at entry ${lastSeq}, but ${stores} was written under a later entry (removed or cut off). Please tell IT`,
    }));
  }
  // A kill between a change's audit entry and its store write: say so in the trail, once.
  const unapplied = await findUnappliedUnit(audit.path, [...(options.heads ?? []), ...(accounts.recovery ? [] : [accounts.head()])]).catch(() => undefined);
  if (unapplied) {
    await securityEvent(NOT_APPLIED_METHOD, 'system', null, notAppliedChange(unapplied.seq, unapplied.stores, 'the kiosk stopped, or the folder was copied by an older backup, before it was written'));
  }
  for (const r of recoveries) {
    // What the restored copy lacks: every audited change to this store after the copy was written.
    const lost = await changesAfter(audit.path, r.store, r.restoredAuditSeq ?? 0).catch(() => []);
    // The trail keeps each lost change's time as written (UTC ISO: exact, the same on any machine);
    // the notice below says it in Bangkok time.
    const lostList = lost.map(entryRef);
    await securityEvent('system.storeRecovered', 'system', null, {
      target: `store:${r.store}`,
      note: { code: 'store.recovered', store: r.store, problem: r.problem, detail: r.detail, ...(r.restoredFrom ? { restoredFrom: r.restoredFrom } : {}), lost: lostList },
    });
    const lostTh = lost.length ? ` รายการที่หายไป ${lost.length} รายการ ต้องทำซ้ำ: ${lost.map((e) => lostChangeLine(e, 'th')).join('; ')}` : ' ไม่มีรายการที่บันทึกไว้สูญหาย';
    const lostEn = lost.length ? ` ${lost.length} audited change(s) were lost and must be made again: ${lost.map((e) => lostChangeLine(e, 'en')).join('; ')}` : ' no audited change was lost';
    pendingNotices.push(notice({
      th: `ไฟล์ข้อมูล ${r.store} เสียหายเมื่อเริ่มระบบ ${r.restoredFrom ? `จึงกู้คืนจากสำเนา ${r.restoredFrom}` : 'และไม่มีสำเนาที่ใช้ได้ จึงเริ่มจากค่าตั้งต้น'}${lostTh}`,
      en: `The data file ${r.store} was damaged at start-up; ${r.restoredFrom ? `it was restored from ${r.restoredFrom}` : 'no good copy existed, so it started from defaults'};${lostEn}`,
    }));
  }
  for (const n of audit.openNotes) {
    await securityEvent('system.auditRepair', 'system', null, n.change);
    pendingNotices.push(notice(n));
  }

  function startSession(actor: Actor, own: string[] = []): LoginAnswer {
    const { token, expiresAt } = sessions.start(actor.id);
    const notices = [...(readOnly ? [readOnly] : []), ...own, ...pendingNotices];
    if (actor.role === 'admin') pendingNotices = [];
    return { token, actor, expiresAt, idleSeconds: sessions.idleMs / 1000, notices };
  }

  /**
   * Writes a refused attempt's audit event and gives the error the PIN pad shows. A checked
   * wrong PIN is one entry (their rate is bounded by the waits); refusals during a wait are one
   * entry per wait, and their number is told in the next entry, so they cannot flood the trail.
   */
  async function refusal(attempt: Refused, method: string, transport: Transport, what: { target: string; who: WrongSecret }, error?: () => KioskError): Promise<KioskError> {
    if (attempt.kind === 'wait') {
      if (attempt.first) {
        await securityEvent(method, transport, null, { target: what.target, note: { code: 'pin.refusedWhileWaiting', until: attempt.until } });
      }
      return waitError(attempt.until, clock.now(), what.who.of === 'account');
    }
    const note: AuditNote = {
      code: 'pin.wrong', secret: what.who, inARow: attempt.failures,
      ...(attempt.waitUntil ? { nextTryAt: attempt.waitUntil } : {}),
      ...(attempt.refusedWhileWaiting > 0 ? { refusedWhileWaiting: attempt.refusedWhileWaiting } : {}),
    };
    await securityEvent(method, transport, null, { target: what.target, note });
    return error?.() ?? wrongPinError(attempt.waitUntil, clock.now());
  }
  const pinOf = (attempt: Refused) =>
    attempt.account ? { target: target(attempt.account.id), who: { of: 'account', name: attempt.account.name } satisfies WrongSecret } : { target: 'sign-in', who: { of: 'unknownChoice' } satisfies WrongSecret };

  return {
    audit,
    accounts,
    sessions,
    /** For transports: the session header / IPC argument to the signed-in actor. */
    resolveSession: (token: string) => sessions.resolve(token),
    notices: () => [...pendingNotices],
    /** Something staff must hear at their next sign-in (kept until an administrator has signed in), in Thai and English. */
    tell: (words: { th: string; en: string }) => { pendingNotices.push(notice(words)); },

    /** The first look after the staff gesture. While no account exists, a setup code goes to the machine's log. */
    async status(): Promise<StaffStatus> {
      if (accounts.count() > 0) return { needsSetup: false, choices: accounts.choices() };
      const { expiresAt } = await setupCode.ensure();
      return { needsSetup: true, setupCodeExpiresAt: expiresAt, choices: [] };
    },

    async setupFirstAdmin(input: { setupCode: string; name: string; pin: string }, transport: Transport, record: RecordChange): Promise<LoginAnswer> {
      const code = { verdict: 'wrong' as 'ok' | 'wrong' | 'expired' };
      const result = await accounts.createFirstAdmin(input.name, input.pin, async () => {
        code.verdict = await setupCode.check(input.setupCode);
        return code.verdict === 'ok';
      });
      if (result.kind !== 'created') {
        const expired = code.verdict === 'expired';
        const waitUntil = result.kind === 'wrong' ? result.waitUntil : undefined;
        throw await refusal(result, 'staff.setupFirstAdmin', transport, { target: 'kiosk', who: { of: 'setupCode', expired } },
          () => setupCodeError(expired, waitUntil, clock.now()));
      }
      setupCode.consume();
      const account = result.account;
      record({ target: target(account.id), after: card(account), note: { code: 'account.firstAdmin' } });
      return startSession(card(account));
    },

    async login(ref: string, pin: string, transport: Transport): Promise<LoginAnswer> {
      const attempt = await accounts.attemptByRef(ref, pin);
      if (attempt.kind !== 'ok') {
        const unknownChoice = attempt.kind === 'wrong' && !attempt.account && !attempt.waitUntil;
        throw await refusal(attempt, 'staff.login', transport, pinOf(attempt), unknownChoice ? cannotSignIn : undefined);
      }
      const actor = card(attempt.account);
      await securityEvent('staff.login', transport, actor, { target: target(actor.id), note: { code: 'signIn.ok' } });
      // A passer-by guessing at the PIN pad slows the account down; its owner should hear of it.
      const n = attempt.wrongBefore;
      const guessed = n > 0 ? [notice({
        th: `มีการใส่ PIN ของบัญชีนี้ผิด ${n} ครั้งตั้งแต่เข้าสู่ระบบครั้งก่อน หากไม่ใช่ท่าน อาจมีผู้พยายามเดา PIN (ดูบันทึกการตรวจสอบ)`,
        en: `A wrong PIN was entered for this account ${n} time(s) since its last sign-in; if it was not you, someone may be guessing it (see the audit trail)`,
      })] : [];
      return startSession(actor, guessed);
    },

    logout: (token: string) => ({ ended: sessions.end(token) }),

    /** The exit-to-desktop gate. Misses make the gate wait; no administrator's sign-in is slowed. */
    async verifyAdminPin(pin: string, transport: Transport): Promise<boolean> {
      const attempt = await accounts.attemptExit(pin);
      if (attempt.kind === 'ok') {
        await securityEvent('staff.verifyAdminPin', transport, card(attempt.account), { target: 'kiosk', note: { code: 'exitGate.ok' } });
        return true;
      }
      const refused = await refusal(attempt, 'staff.verifyAdminPin', transport, { target: 'kiosk', who: { of: 'exitGate' } });
      if (attempt.kind === 'wait') throw refused;
      return false;
    },

    async createAccount(input: { name: string; role: StaffRole; pin: string }, record: RecordChange) {
      const account = await accounts.create(input);
      record({ target: target(account.id), after: card(account), note: { code: 'account.created' } });
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
      sessions.endAllFor(input.id, { except: actor });
      record({ target: target(input.id), note: { code: 'account.pinReset' } });
      return result;
    },

    async unlock(id: string, record: RecordChange) {
      const { card: result, before } = await accounts.unlock(id);
      record({ target: target(id), before, after: { failures: 0 }, note: { code: 'account.unlocked' } });
      return result;
    },

    async changeOwnPin(actor: Actor | undefined, oldPin: string, newPin: string, transport: Transport, record: RecordChange): Promise<{ changed: true }> {
      if (!actor || actor.id === 'cli') {
        throw new KioskError('forbidden', { th: 'กรุณาเข้าสู่ระบบเจ้าหน้าที่ก่อน', en: 'Please sign in as staff first' });
      }
      if (oldPin === newPin) {
        throw new KioskError('bad_input', { th: 'รหัส PIN ใหม่ต้องไม่ซ้ำกับรหัสเดิม', en: 'The new PIN must differ from the old one' });
      }
      accounts.assertPinAcceptable(newPin);
      const attempt = await accounts.attempt(actor.id, oldPin);
      if (attempt.kind !== 'ok') throw await refusal(attempt, 'staff.changeOwnPin', transport, pinOf(attempt));
      await accounts.setPin(actor.id, newPin);
      // Whoever else holds a session of this account (a PIN seen over a shoulder) is signed out.
      sessions.endAllFor(actor.id, { except: actor });
      record({ target: target(actor.id), note: { code: 'account.pinChanged' } });
      return { changed: true };
    },
  };
}
export type StaffService = Awaited<ReturnType<typeof openStaff>>;
