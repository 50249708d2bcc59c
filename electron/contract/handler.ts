import type { MethodName, OutputOf, ParsedInputOf } from './index';
import type { AuditNote } from './auditNote';
import type { Role } from './method';

export interface Actor { id: string; name: string; role: Exclude<Role, 'public'> }

/** Where a call came from; built by the transport, never by the caller. */
export interface CallContext {
  transport: 'ipc' | 'http' | 'cli' | 'test';
  /** The signed-in staff member, resolved from the transport's session; absent for citizens. */
  actor?: Actor;
  /** Handlers of changing calls describe what they changed; the dispatcher writes it to the audit trail. */
  recordChange(change: AuditChange): void;
}

export interface AuditChange {
  target: string;
  before?: unknown;
  after?: unknown;
  /** A code with values (contract/auditNote.ts); the screens put it into words. */
  note?: AuditNote;
}

export type Handler<M extends MethodName> = (
  input: ParsedInputOf<M>,
  context: CallContext,
) => Promise<OutputOf<M>> | OutputOf<M>;

/** A domain's handler table, checked against its slice of the contract with `satisfies`. */
export type HandlersFor<Names extends MethodName> = { [M in Names]: Handler<M> };
