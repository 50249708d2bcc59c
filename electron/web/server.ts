import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import sirv from 'sirv';
import { httpStatusOf, type Result } from '../contract/result';
import type { Actor } from '../contract/handler';
import type { Dispatch } from '../dispatch';
import { contentSecurityPolicy } from '../window/csp';
import { foreignRequestReason } from './requestGuard';

export const MAX_BODY_BYTES = 80 * 1024 * 1024; // a PDF upload in base64 fits; nothing larger is read

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

const refusal = (code: 'bad_input' | 'forbidden' | 'not_found' | 'internal', th: string, en: string): Result<never> => ({
  ok: false, error: { code, message: en, messageTh: th },
});

async function readBody(request: IncomingMessage): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
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
        if (request.method !== 'POST') return sendJson(response, 405, refusal('bad_input', 'ใช้ได้เฉพาะ POST', 'Use POST'));
        if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
          return sendJson(response, 415, refusal('bad_input', 'ต้องส่งข้อมูลแบบ JSON', 'Body must be application/json'));
        }
        const body = await readBody(request);
        if (body === 'too-large') return sendJson(response, 413, refusal('bad_input', 'ข้อมูลมีขนาดใหญ่เกินไป', 'Body too large'));
        let input: unknown;
        try {
          input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
        } catch {
          return sendJson(response, 400, refusal('bad_input', 'ข้อมูล JSON ไม่ถูกต้อง', 'Malformed JSON body'));
        }
        const method = decodeURIComponent(url.pathname.slice('/api/'.length));
        const token = request.headers['x-kiosk-session'];
        const actor = typeof token === 'string' && options.resolveSession ? options.resolveSession(token) : undefined;
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
