import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kiosk } from '../../electron/boot';
import type { Actor } from '../../electron/contract/handler';
import type { CallError } from '../../electron/contract/result';
import type { LoginAnswer } from '../../electron/contract/staff';
import { cliCaller } from '../../electron/cli/command';
import type { Caller } from '../../electron/dispatch';

export const ADMIN_PIN = '482913';
export const STAFF_PIN = '730516';

/** Calls through the dispatcher and unwraps `{ok:true}`; a refusal fails the test with its message. */
export async function call<T = unknown>(kiosk: Kiosk, method: string, input: unknown, caller: Caller = { transport: 'test' }): Promise<T> {
  const result = await kiosk.dispatch(method, input, caller);
  if (!result.ok) throw new Error(`${method} refused: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** Calls and expects a refusal; returns its error. */
export async function refusal(kiosk: Kiosk, method: string, input: unknown, caller: Caller = { transport: 'test' }): Promise<CallError> {
  const result = await kiosk.dispatch(method, input, caller);
  if (result.ok) throw new Error(`${method} was expected to be refused but answered ${JSON.stringify(result.value)}`);
  return result.error;
}

export const as = (actor: Actor): Caller => ({ transport: 'test', actor });

/** What `staff create-admin` dispatches: an administrator made on the machine, not at the screen. */
export async function createAdminOnMachine(kiosk: Kiosk, name: string, pin: string): Promise<{ id: string }> {
  return call<{ id: string }>(kiosk, 'staff.createAccount', { name, role: 'admin', pin }, cliCaller);
}

/** The sign-in input the screen sends for an account: the reference behind its initials, and the PIN. */
export const loginInput = (kiosk: Kiosk, accountId: string, pin: string) => ({ choice: kiosk.services.staff.accounts.refOf(accountId), pin });

export const signIn = (kiosk: Kiosk, accountId: string, pin: string, transport: Caller['transport'] = 'test') =>
  call<LoginAnswer>(kiosk, 'staff.login', loginInput(kiosk, accountId, pin), { transport });

/** First start: an administrator "Somchai" (made on the machine, signed in) and a staff member "Malee". */
export async function setUpAccounts(kiosk: Kiosk): Promise<{ admin: LoginAnswer; staffId: string }> {
  const { id } = await createAdminOnMachine(kiosk, 'สมชาย ใจดี', ADMIN_PIN);
  const admin = await signIn(kiosk, id, ADMIN_PIN);
  const staff = await call<{ id: string }>(kiosk, 'staff.createAccount', { name: 'มาลี ศรีสุข', role: 'staff', pin: STAFF_PIN }, as(admin.actor));
  return { admin, staffId: staff.id };
}

/** A small catalogue with one document and its PDF, written as the kiosk stores them. */
export async function writeSmallCatalogue(dataDir: string): Promise<{ sha256: string }> {
  const pdf = Buffer.from('%PDF-1.4\n% test document\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  await mkdir(join(dataDir, 'files'), { recursive: true });
  await writeFile(join(dataDir, 'files', `${sha256}.pdf`), pdf);
  const at = '2026-01-05T03:00:00.000Z';
  const catalogue = {
    version: 1, sample: false, services: [],
    documents: [
      { id: 'doc-1', title: { th: 'แผนการจัดซื้อจัดจ้างประจำปี ๒๕๖๙' }, category: 'proc-plan', published: '2026-01-05', keywords: [], summary: {},
        file: { sha256, name: 'plan.pdf', bytes: pdf.length, hasText: false }, status: 'active', createdAt: at, updatedAt: at },
      { id: 'doc-2', title: { th: 'โครงสร้างหน่วยงาน' }, category: 's7-1', published: '2025-10-01', keywords: [], summary: {}, status: 'active', createdAt: at, updatedAt: at },
    ],
  };
  await writeFile(join(dataDir, 'catalogue.json'), JSON.stringify(catalogue));
  return { sha256 };
}
