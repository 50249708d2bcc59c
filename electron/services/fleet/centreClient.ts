import { KioskError } from '../../contract/result';
import type { Credentials } from './fleetConfig';

export interface CentreAnswer<T = unknown> { status: number; body: T; date?: string }

/**
 * Plain CouchDB HTTP calls (setup, users, views, heartbeats): replication itself is PouchDB's.
 * Basic auth on every call, so no session cookie outlives a command.
 */
export function centreClient(central: string, credentials?: Credentials, fetchImpl: typeof fetch = fetch) {
  const auth = credentials ? `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}` : undefined;
  async function call<T = unknown>(method: string, path: string, body?: unknown): Promise<CentreAnswer<T>> {
    let response: Response;
    try {
      response = await fetchImpl(`${central}/${path}`, {
        method,
        headers: { accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(auth ? { authorization: auth } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(60_000),
      });
    } catch (error) {
      throw new KioskError('unavailable', { th: `ติดต่อศูนย์กลางไม่ได้ (${central})`, en: `Cannot reach the centre at ${central}: ${String((error as Error).cause ?? error)}` });
    }
    const text = await response.text();
    let parsed: unknown = text;
    try { parsed = JSON.parse(text); } catch { /* an attachment or an HTML error page */ }
    return { status: response.status, body: parsed as T, date: response.headers.get('date') ?? undefined };
  }
  /** Like `call`, but anything other than 2xx is an error naming what the centre said. */
  async function ok<T = unknown>(method: string, path: string, body?: unknown): Promise<CentreAnswer<T>> {
    const answer = await call<T>(method, path, body);
    if (answer.status >= 300) throw centreRefusal(method, path, answer);
    return answer;
  }
  return { central, call, ok, auth };
}
export type CentreClient = ReturnType<typeof centreClient>;

export function centreRefusal(method: string, path: string, answer: CentreAnswer): KioskError {
  const body = answer.body as { error?: string; reason?: string } | undefined;
  const reason = `${body?.error ?? answer.status}${body?.reason ? `: ${body.reason}` : ''}`;
  const code = answer.status === 401 || answer.status === 403 ? 'forbidden' : 'unavailable';
  return new KioskError(code, { th: `ศูนย์กลางปฏิเสธ ${method} ${path.split('?')[0]} (${reason})`, en: `The centre refused ${method} ${path.split('?')[0]} (${reason})` });
}
