import { z } from 'zod';
import { AuditNoteOrLegacy } from './auditNote';
import { method } from './method';
import type { Actor } from './handler';

/** How many digits a PIN has: the schema below and the PIN pad's "needs N digits" both read it. */
export const PIN_DIGITS = { min: 6, max: 12 } as const;
/** PINs are typed on a PIN pad: ASCII digits only, 6–12 of them. */
export const Pin = z.string().regex(new RegExp(`^[0-9]{${PIN_DIGITS.min},${PIN_DIGITS.max}}$`), `PIN must be ${PIN_DIGITS.min}–${PIN_DIGITS.max} digits`);
export const AccountId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'invalid account id');
export const StaffRole = z.enum(['staff', 'admin']);
export type StaffRole = z.infer<typeof StaffRole>;
export const PersonName = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .regex(/^[^\p{Cc}\p{Cf}]*$/u, 'name may not hold control characters');

/** An account as staff screens and the audit trail name it. Never listed to the public. */
export interface AccountCard { id: string; name: string; role: StaffRole }

/**
 * What the sign-in screen shows after the staff gesture: initials to tap, and the reference to
 * send back with the PIN. No account id and no name reach the public.
 */
export interface SignInChoice { ref: string; initials: string }
export const SignInRef = z.string().regex(/^[0-9a-f]{24}$/, 'invalid sign-in choice');

/** The one-time code that lets the first administrator be set up on the screen (10 digits; spaces and dashes allowed). */
export const SETUP_CODE_DIGITS = 10;
export const SetupCode = z.string().max(40).transform((s) => s.replace(/[\s-]/g, '')).pipe(z.string().regex(new RegExp(`^[0-9]{${SETUP_CODE_DIGITS}}$`), `the setup code is ${SETUP_CODE_DIGITS} digits`));

/** What an administrator sees on the accounts screen. */
export interface AccountDetail extends AccountCard {
  createdAt: string;
  /** What the sign-in screen shows for this account (initials, numbered where shared): for the administrator to tell its owner. */
  signInLabel: string;
  disabled: boolean;
  /** Wrong PINs in a row since the last success or unlock. */
  failedAttempts: number;
  /** Set only while no PIN is checked for this account (the wait after repeated wrong PINs), by the service's clock. */
  lockedUntil?: string;
}

export interface StaffStatus {
  /**
   * True while no account exists: the staff gesture says the kiosk is not set up yet. The first
   * administrator is made on the machine (the CLI), or on the screen with the setup code that
   * was then written to the machine's console and log (`setupCodeExpiresAt`).
   */
  needsSetup: boolean;
  setupCodeExpiresAt?: string;
  choices: SignInChoice[];
}

export interface LoginAnswer {
  /** Sent back on every later call (IPC 3rd argument, HTTP `x-kiosk-session` header). */
  token: string;
  actor: Actor;
  expiresAt: string;
  /** The session ends after this many idle seconds; every call refreshes it. */
  idleSeconds: number;
  /** Things staff must know on signing in (a store recovered at start-up, a damaged audit trail). */
  notices: string[];
}

/** One line of `audit.ndjson`. `hash = sha256(prevHash + canonical JSON of the line without hash)`. */
export const AuditRecord = z.strictObject({
  seq: z.number().int().min(1),
  at: z.string(),
  actor: z.strictObject({ id: z.string(), name: z.string(), role: StaffRole }).nullable(),
  transport: z.string(),
  method: z.string(),
  changes: z.array(z.strictObject({
    target: z.string(),
    before: z.unknown().optional(),
    after: z.unknown().optional(),
    note: AuditNoteOrLegacy.optional(),
  })),
  /** The stores a changing call wrote (`catalogue.json`…): each carries this seq once written. */
  stores: z.array(z.string()).optional(),
  prevHash: z.string().regex(/^[0-9a-f]{64}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AuditRecord = z.infer<typeof AuditRecord>;

export interface AuditVerifyReport {
  /** True when every entry links to the one before it; a torn last line alone keeps it true. */
  sound: boolean;
  entries: number;
  lastSeq?: number;
  /** The first entry that fails: 1-based line number, its seq when readable, and why (in English, and in Thai for staff). */
  firstBad?: { line: number; seq?: number; reason: string; reasonTh: string };
  /** The last line was cut short (a power cut mid-append): not tampering. */
  torn?: { line: number; bytes: number };
}

export const AuditFilter = z.strictObject({
  method: z.string().max(80).optional(),
  actorId: z.string().max(80).optional(),
  /** ISO date or date-time, inclusive. */
  from: z.string().max(40).optional(),
  to: z.string().max(40).optional(),
  /** Plain text searched in targets and notes. */
  text: z.string().max(200).optional(),
});
export type AuditFilter = z.infer<typeof AuditFilter>;

export interface AuditExport { fileName: string; mimeType: string; content: string }

const AccountRef = z.strictObject({ id: AccountId });

export const staffMethods = {
  'staff.status': method<StaffStatus>()({
    input: z.strictObject({}), role: 'public', changes: false,
    summary: 'Whether the kiosk is set up yet (issuing a setup code to the machine\'s log if not), and the initials to tap at sign-in',
  }),
  'staff.setupFirstAdmin': method<LoginAnswer>()({
    input: z.strictObject({ setupCode: SetupCode, name: PersonName, pin: Pin }), role: 'public', changes: true,
    summary: 'Creates the first administrator with the one-time setup code from the machine\'s log (only while no account exists) and signs them in',
  }),
  'staff.login': method<LoginAnswer>()({
    input: z.strictObject({ choice: SignInRef, pin: Pin }), role: 'public', changes: false,
    summary: 'Signs in with the initials tapped and a PIN; repeated wrong PINs make that account wait longer each time',
  }),
  'staff.logout': method<{ ended: boolean }>()({
    input: z.strictObject({ token: z.string().max(128) }), role: 'public', changes: false,
    summary: 'Ends a session',
  }),
  'staff.verifyAdminPin': method<boolean>()({
    input: z.strictObject({ pin: Pin }), role: 'public', changes: false,
    summary: 'Checks an administrator PIN for the exit-to-desktop gate; misses make the gate wait, never the administrators',
  }),
  'staff.listAccounts': method<AccountDetail[]>()({
    input: z.strictObject({}), role: 'admin', changes: false,
    summary: 'Every account with its lock state, for the accounts screen',
  }),
  'staff.createAccount': method<AccountCard>()({
    input: z.strictObject({ name: PersonName, role: StaffRole, pin: Pin }), role: 'admin', changes: true,
    summary: 'Adds a staff member or administrator with a first PIN',
  }),
  'staff.updateAccount': method<AccountCard>()({
    input: z.strictObject({ id: AccountId, name: PersonName.optional(), role: StaffRole.optional(), disabled: z.boolean().optional() }),
    role: 'admin', changes: true,
    summary: 'Renames, changes the role of, disables or re-enables an account (never the last active administrator)',
  }),
  'staff.resetPin': method<AccountCard>()({
    input: z.strictObject({ id: AccountId, pin: Pin }), role: 'admin', changes: true,
    summary: 'Sets a new PIN for an account, clears its wrong-PIN count and ends its other sessions',
  }),
  'staff.unlock': method<AccountCard>()({
    input: AccountRef, role: 'admin', changes: true,
    summary: 'Clears the wrong-PIN count and wait of an account',
  }),
  'staff.changeOwnPin': method<{ changed: true }>()({
    input: z.strictObject({ oldPin: Pin, newPin: Pin }), role: 'staff', changes: true,
    summary: 'The signed-in person changes their own PIN; their other sessions end',
  }),
  'audit.list': method<{ total: number; items: AuditRecord[] }>()({
    input: z.strictObject({
      offset: z.number().int().min(0).max(10_000_000).default(0),
      limit: z.number().int().min(1).max(500).default(50),
      filter: AuditFilter.optional(),
    }),
    role: 'admin', changes: false,
    summary: 'Audit trail entries, newest first',
  }),
  'audit.export': method<AuditExport>()({
    input: z.strictObject({ format: z.enum(['csv', 'json']) }), role: 'admin', changes: false,
    summary: 'The whole audit trail as CSV (UTF-8 with BOM, for Excel) or JSON',
  }),
  'audit.verify': method<AuditVerifyReport>()({
    input: z.strictObject({}), role: 'admin', changes: false,
    summary: 'Re-reads the audit trail and checks its hash chain',
  }),
} as const;
