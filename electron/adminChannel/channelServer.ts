import { randomBytes, timingSafeEqual } from 'node:crypto';
import { chmod, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Dispatch } from '../dispatch';
import type { Log } from '../services/runtime';
import type { FolderHold } from '../services/store/folderLock';
import { cliCaller } from '../cli/command';
import { isAbsolute } from 'node:path';
import { z } from 'zod';
import { KioskError } from '../contract/result';
import type { BackupManifest } from '../services/backup/backupArchive';
import type { BackupAnswer } from './channelClient';
import { channelPath, SECRET_HEADER } from './endpoint';

/** An import zip may be 290 MB; base64 in JSON makes it about a third larger. */
const MAX_BODY_BYTES = 400 * 1024 * 1024;

function readBody(request: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) { resolve(undefined); request.destroy(); return; }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

const sameSecret = (given: unknown, secret: Buffer) =>
  typeof given === 'string' && given.length === secret.length * 2 && timingSafeEqual(Buffer.from(given, 'hex'), secret);

/** A backup's outcome for the CLI: the manifest, a refusal as it is, or the file system's error code and path (the CLI words them). */
const BackupCall = z.strictObject({ out: z.string().max(4096).refine(isAbsolute, 'an absolute path') });

async function backupAnswer(call: unknown, backup: (out: string) => Promise<BackupManifest>): Promise<BackupAnswer> {
  const parsed = BackupCall.safeParse(call);
  if (!parsed.success) {
    return { ok: false, error: { code: 'bad_input', message: 'The backup file must be an absolute path', messageTh: 'ต้องระบุไฟล์สำรองเป็นพาธเต็ม' } };
  }
  try {
    return { ok: true, value: await backup(parsed.data.out) };
  } catch (error) {
    if (error instanceof KioskError) return { ok: false, error: { code: error.code, message: error.message, messageTh: error.messageTh } };
    const { code, path, message } = error as NodeJS.ErrnoException;
    return { ok: false, error: { code: code ?? 'internal', message: String(message), ...(path ? { path } : {}) } };
  }
}

/**
 * The running kiosk's door for the admin CLI (house rule 9): the CLI's changing commands run in
 * this process's dispatcher, so they are audited once and the screens see them at once. Only the
 * same OS user reaches it: the socket is 0600 and each call carries the per-start secret that
 * only the owner file (0600) holds. Calls run as the CLI (an administrator), like a local CLI.
 */
export async function startAdminChannel(options: {
  dataDir: string; dispatch: Dispatch; hold: FolderHold; log: Log;
  /** The folder copied to `out` between two changes (boot.ts' backup): the CLI's backup beside a running kiosk. */
  backup: (out: string) => Promise<BackupManifest>;
}): Promise<{ close(): Promise<void> }> {
  if (!options.hold.held) return { close: async () => undefined };
  const path = channelPath(options.dataDir);
  const secret = randomBytes(32);
  const server: Server = createServer((request, response) => {
    const answer = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    void (async () => {
      if (request.method !== 'POST' || (request.url !== '/call' && request.url !== '/backup') || !sameSecret(request.headers[SECRET_HEADER], secret)) {
        answer(403, { ok: false, error: { code: 'forbidden', message: 'Not the admin CLI of this kiosk', messageTh: 'ไม่ใช่คำสั่งผู้ดูแลของตู้นี้' } });
        return;
      }
      const text = await readBody(request);
      if (text === undefined) { answer(413, { ok: false, error: { code: 'bad_input', message: 'Too large', messageTh: 'ข้อมูลใหญ่เกินไป' } }); return; }
      let call: { method?: unknown; input?: unknown };
      try { call = JSON.parse(text) as typeof call; } catch { answer(400, { ok: false, error: { code: 'bad_input', message: 'Not JSON', messageTh: 'ข้อมูลไม่ใช่ JSON' } }); return; }
      if (request.url === '/backup') { answer(200, await backupAnswer(call, options.backup)); return; }
      answer(200, await options.dispatch(String(call.method), call.input, cliCaller));
    })().catch((error: unknown) => {
      options.log.error('admin channel call failed', { error: String(error) });
      if (!response.headersSent) answer(500, { ok: false, error: { code: 'internal', message: 'Internal error', messageTh: 'เกิดข้อผิดพลาดภายในระบบ' } });
    });
  });
  // We hold the folder, so a socket file left here belongs to a kiosk that is gone.
  if (process.platform !== 'win32') await rm(path, { force: true });
  await new Promise<void>((ok, fail) => { server.once('error', fail); server.listen(path, ok); });
  if (process.platform !== 'win32') await chmod(path, 0o600);
  await options.hold.announce({ path, secret: secret.toString('hex') });
  return {
    close: () => new Promise<void>((ok) => {
      server.close(() => ok());
      server.closeAllConnections();
    }),
  };
}
