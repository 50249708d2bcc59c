import { createHash, randomBytes } from 'node:crypto';
import type { Actor } from '../../contract/handler';
import type { Clock } from '../runtime';

export const IDLE_MS = 5 * 60_000;

interface Session { accountId: string; lastSeen: number }

/**
 * Staff sessions, in memory only: a restart signs everyone out, which is fine at a kiosk.
 * Tokens are kept by their sha256, so a map lookup never compares the secret itself.
 */
export function createSessions(options: { clock: Clock; actorOf: (accountId: string) => Actor | undefined; idleMs?: number }) {
  const idleMs = options.idleMs ?? IDLE_MS;
  const sessions = new Map<string, Session>();
  /**
   * Which session each resolved actor came from. Transports pass the actor object they got from
   * `resolve` into the call's context unchanged, so a handler can tell "this session" from the
   * account's others without the token ever reaching it.
   */
  const sessionOfActor = new WeakMap<Actor, string>();
  const keyOf = (token: string) => createHash('sha256').update(token).digest('hex');
  const now = () => options.clock.now().getTime();

  function sweep() {
    const t = now();
    for (const [key, s] of sessions) if (t - s.lastSeen > idleMs) sessions.delete(key);
  }

  return {
    idleMs,
    start(accountId: string): { token: string; expiresAt: string } {
      sweep();
      const token = randomBytes(32).toString('hex');
      const t = now();
      sessions.set(keyOf(token), { accountId, lastSeen: t });
      return { token, expiresAt: new Date(t + idleMs).toISOString() };
    },

    /**
     * The signed-in actor for a token, refreshing its idle timer; undefined when the token is
     * unknown, idle too long, or its account was disabled. The role is read afresh each time,
     * so a demotion takes effect on the next call.
     */
    resolve(token: string): Actor | undefined {
      if (typeof token !== 'string' || !/^[0-9a-f]{64}$/.test(token)) return undefined;
      const key = keyOf(token);
      const session = sessions.get(key);
      if (!session) return undefined;
      const t = now();
      if (t - session.lastSeen > idleMs) { sessions.delete(key); return undefined; }
      const actor = options.actorOf(session.accountId);
      if (!actor) { sessions.delete(key); return undefined; }
      session.lastSeen = t;
      sessionOfActor.set(actor, key);
      return actor;
    },

    end(token: string): boolean {
      return typeof token === 'string' && sessions.delete(keyOf(token));
    },

    /**
     * Ends every session of an account (disabled, PIN changed or reset), except the one `except`
     * was resolved from: the person changing a PIN stays signed in.
     */
    endAllFor(accountId: string, options: { except?: Actor } = {}): void {
      const keep = options.except ? sessionOfActor.get(options.except) : undefined;
      for (const [key, s] of sessions) if (s.accountId === accountId && key !== keep) sessions.delete(key);
    },

    count: () => { sweep(); return sessions.size; },
  };
}
export type Sessions = ReturnType<typeof createSessions>;
