/** What every call answers, across IPC, HTTP and the CLI: never a thrown object. */
export type ErrorCode =
  | 'bad_input'
  | 'unknown_method'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'locked'
  | 'storage'
  /** A save failed for want of disk space (ENOSPC/EDQUOT): nothing was changed. */
  | 'disk_full'
  /** Another program holds the data folder (house rule 9: one writer); nothing was changed. */
  | 'busy'
  /** More calls than a person at the screen could make (a public write over its budget): not done, counted. */
  | 'rate_limited'
  /** A server this kiosk depends on (the fleet's centre) could not be reached: nothing was changed. */
  | 'unavailable'
  | 'internal';

export interface CallError {
  code: ErrorCode;
  /** English message. */
  message: string;
  /** Thai message, shown first to citizens and staff. */
  messageTh: string;
  /** Optional structured detail (e.g. schema issues, import row errors). */
  details?: unknown;
}

/**
 * A save that changed nothing: nothing was written or audited (no entry with empty before and
 * after), and the answer says so, for the screen to tell the staff member.
 */
export interface Unchanged { unchanged?: true }

export type Result<T> = { ok: true; value: T } | { ok: false; error: CallError };

/**
 * Thrown by services for expected failures; the dispatcher turns it into `{ok:false}`.
 * Always carries both languages.
 */
export class KioskError extends Error {
  readonly code: ErrorCode;
  readonly messageTh: string;
  readonly details?: unknown;
  constructor(code: ErrorCode, text: { th: string; en: string }, details?: unknown) {
    super(text.en);
    this.name = 'KioskError';
    this.code = code;
    this.messageTh = text.th;
    this.details = details;
  }
}

export const httpStatusOf: Record<ErrorCode, number> = {
  bad_input: 400,
  unknown_method: 404,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  locked: 423,
  storage: 507,
  disk_full: 507,
  busy: 503,
  rate_limited: 429,
  unavailable: 502,
  internal: 500,
};
