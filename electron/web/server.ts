import { createServer, type Server, type ServerResponse } from 'node:http';
import sirv from 'sirv';
import { accessRefusal, contract, isMethodName } from '../contract/index';
import { httpStatusOf, type Result } from '../contract/result';
import type { Actor } from '../contract/handler';
import type { Dispatch } from '../dispatch';
import { contentSecurityPolicy } from '../window/csp';
import { isJsonContentType, methodNameOf, readBodyWithin } from './apiRequest';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './jsonDepth';
import { foreignRequestReason } from './requestGuard';

export interface WebServerOptions {
  dispatch: Dispatch;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  port: number;
  /** Reads a PDF of an active document by its hash; throws KioskError when missing. */
  readPdf: (sha256: string) => Promise<Uint8Array>;
  /** Turns the session header into the signed-in staff member, if any. */
  resolveSession?: (token: string) => Actor | undefined;
}

const securityHeaders = {
  'Content-Security-Policy': `${contentSecurityPolicy}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function sendJson(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { ...securityHeaders, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}

const refusal = (code: 'bad_input' | 'forbidden' | 'not_found' | 'internal' | 'unknown_method', th: string, en: string): Result<never> => ({
  ok: false, error: { code, message: en, messageTh: th },
});

/** Answers without reading the rest of the body, then closes the connection so it is never read. */
function refuseUnread(response: ServerResponse, status: number, body: Result<never>) {
  response.setHeader('Connection', 'close');
  sendJson(response, status, body);
  response.on('finish', () => response.socket?.destroySoon());
}

/**
 * The local web mode: the renderer and the same handler table over HTTP, on 127.0.0.1 only.
 * `POST /api/<method>` with a JSON body answers the dispatcher's `{ok, value}` / `{ok:false, error}`.
 */
export function createWebServer(options: WebServerOptions): Server {
  const statics = sirv(options.rendererDir, { single: true, dev: false, etag: true, setHeaders: (res) => {
    for (const [k, v] of Object.entries(securityHeaders)) res.setHeader(k, v);
  } });

  const server = createServer(async (request, response) => {
    try {
      const refused = foreignRequestReason(request, options.port);
      if (refused) return sendJson(response, 403, refusal('forbidden', 'ปฏิเสธคำขอจากภายนอก', `Refused: ${refused}`));

      const url = new URL(request.url ?? '/', `http://127.0.0.1:${options.port}`);
      if (url.pathname.startsWith('/api/')) {
        // Budgets before work: everything that can be decided from the request line and the
        // headers is decided before a byte of the body is read or parsed.
        if (request.method !== 'POST') return refuseUnread(response, 405, refusal('bad_input', 'ใช้ได้เฉพาะ POST', 'Use POST'));
        if (!isJsonContentType(request.headers['content-type'])) {
          return refuseUnread(response, 415, refusal('bad_input', 'ต้องส่งข้อมูลแบบ JSON', 'Body must be application/json'));
        }
        const method = methodNameOf(url.pathname);
        if (method === undefined) return refuseUnread(response, 400, refusal('bad_input', 'ชื่อคำสั่งไม่ถูกต้อง', 'Malformed method name in the URL'));
        if (!isMethodName(method)) {
          const shown = method.slice(0, 80);
          return refuseUnread(response, 404, refusal('unknown_method', `ไม่มีคำสั่ง ${shown}`, `Unknown method ${shown}`));
        }
        const spec = contract[method];
        const token = request.headers['x-kiosk-session'];
        const actor = typeof token === 'string' && options.resolveSession ? options.resolveSession(token) : undefined;
        const forbidden = accessRefusal(spec, actor);
        if (forbidden) return refuseUnread(response, 403, { ok: false, error: forbidden });

        const body = await readBodyWithin(request, spec.maxBodyBytes);
        if (body === 'too-large') return refuseUnread(response, 413, refusal('bad_input', 'ข้อมูลมีขนาดใหญ่เกินไป', `Body too large for ${method} (at most ${spec.maxBodyBytes} bytes)`));
        if (nestsDeeperThan(body, MAX_JSON_DEPTH)) {
          return sendJson(response, 400, refusal('bad_input', 'ข้อมูล JSON ซ้อนกันลึกเกินไป', `JSON nested deeper than ${MAX_JSON_DEPTH} levels`));
        }
        let input: unknown;
        try {
          input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
        } catch {
          return sendJson(response, 400, refusal('bad_input', 'ข้อมูล JSON ไม่ถูกต้อง', 'Malformed JSON body'));
        }
        const result = await options.dispatch(method, input, { transport: 'http', actor });
        return sendJson(response, result.ok ? 200 : httpStatusOf[result.error.code], result);
      }

      const pdf = /^\/files\/([0-9a-f]{64})\.pdf$/.exec(url.pathname);
      if (pdf?.[1]) {
        try {
          const bytes = await options.readPdf(pdf[1]);
          response.writeHead(200, { ...securityHeaders, 'Content-Type': 'application/pdf', 'Cache-Control': 'private, max-age=3600' });
          return response.end(bytes);
        } catch {
          return sendJson(response, 404, refusal('not_found', 'ไม่พบไฟล์เอกสาร', 'The document file is missing'));
        }
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return sendJson(response, 405, refusal('bad_input', 'ไม่รองรับคำขอนี้', 'Method not allowed'));
      }
      statics(request, response, () => sendJson(response, 404, refusal('not_found', 'ไม่พบหน้านี้', 'Not found')));
    } catch (error) {
      if (!response.headersSent) sendJson(response, 500, refusal('internal', 'เกิดข้อผิดพลาดภายในระบบ', `Internal error: ${String(error)}`));
      else response.destroy();
    }
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 120_000;
  return server;
}
