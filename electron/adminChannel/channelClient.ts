import { rm } from 'node:fs/promises';
import { request } from 'node:http';
import { KioskError, type ErrorCode, type Result } from '../contract/result';
import { partialOf, type BackupManifest } from '../services/backup/backupArchive';
import type { Caller } from '../dispatch';
import type { FolderOwner } from '../services/store/folderLock';
import { SECRET_HEADER } from './endpoint';

/** What the CLI's commands need of a kiosk: its dispatcher. */
export interface RemoteKiosk {
  dispatch(method: string, input: unknown, caller: Caller): Promise<Result<unknown>>;
}

/** One POST to the running kiosk's admin channel, its JSON answer parsed. */
function post(channel: NonNullable<FolderOwner['channel']>, path: string, payload: unknown): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify(payload);
    const call = request({
      socketPath: channel.path, path, method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), [SECRET_HEADER]: channel.secret },
    }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => {
        try { resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown); } catch (error) { reject(error as Error); }
      });
      response.on('error', reject);
    });
    call.on('error', reject);
    call.end(body);
  });
}

/**
 * The running kiosk's dispatcher, reached over its admin channel. The caller is always the CLI
 * on the other side (the kiosk decides who calls, never the message).
 */
export function remoteKiosk(channel: NonNullable<FolderOwner['channel']>): RemoteKiosk {
  return {
    dispatch: (method, input) => (post(channel, '/call', { method, input }) as Promise<Result<unknown>>).catch((error: NodeJS.ErrnoException) => {
      if (!connectionLost(error)) throw error;
      throw stoppedBeforeAnswer(method);
    }),
  };
}

/** The kiosk went away with the call under way (killed, crashed, stopped): no answer will come. */
const connectionLost = (error: NodeJS.ErrnoException) => error.code === 'ECONNRESET' || error.code === 'EPIPE' || error.message === 'socket hang up';

/**
 * What staff are told when the kiosk stopped before answering (outside tester: "Error: socket hang
 * up"): whether the change was made is unknown, so how to find out; an import is all rows or none.
 */
function stoppedBeforeAnswer(method: string): KioskError {
  const check = { th: 'ตรวจด้วยคำสั่ง search หรือ verify ว่าข้อมูลเปลี่ยนไปหรือไม่', en: 'Check with the search or verify command whether it was made' };
  if (method === 'import.apply' || method === 'holidays.import') {
    return new KioskError('unavailable', {
      th: `ตู้คีออสก์หยุดทำงานก่อนตอบ จึงไม่ทราบว่านำเข้าสำเร็จหรือไม่ การนำเข้าเป็นแบบทั้งหมดหรือไม่นำเข้าเลย: ไม่มีการนำเข้าเพียงบางแถว ${check.th} (เช่น search คำในชื่อเรื่องของแถวหนึ่ง) หากยังไม่มี ให้นำเข้าใหม่อีกครั้ง`,
      en: `The kiosk stopped before it answered, so whether the import was made is unknown. An import is all rows or none: never some of them. ${check.en} (e.g. search for a word of one row's title); if it is not there, run the import again`,
    });
  }
  return new KioskError('unavailable', {
    th: `ตู้คีออสก์หยุดทำงานก่อนตอบ จึงไม่ทราบว่าคำสั่งนี้สำเร็จหรือไม่ ${check.th} แล้วสั่งใหม่หากจำเป็น`,
    en: `The kiosk stopped before it answered, so whether this command took effect is unknown. ${check.en}, then run it again if needed`,
  });
}

/** What the kiosk answers to a backup: the manifest, or its refusal (a KioskError) or file-system error (code and path), thrown here as if local. */
export type BackupAnswer = { ok: true; value: BackupManifest }
  | { ok: false; error: { code: string; message: string; messageTh?: string; path?: string } };

/** A backup to `out` (absolute), taken by the running kiosk between two of its changes. */
export async function remoteBackup(channel: NonNullable<FolderOwner['channel']>, out: string): Promise<BackupManifest> {
  const answer = await post(channel, '/backup', { out }).catch(async (error: NodeJS.ErrnoException) => {
    // The kiosk stopped while it copied: its partial file (0600, personal data) never becomes `out`, and no one else writes it.
    if (error.code !== 'ECONNRESET' && error.message !== 'socket hang up') throw error;
    await rm(partialOf(out), { force: true }).catch(() => undefined);
    throw new KioskError('unavailable', {
      th: `ตู้คีออสก์หยุดทำงานระหว่างสำรองข้อมูล ไม่ได้เขียน ${out} สั่งสำรองข้อมูลใหม่อีกครั้ง`,
      en: `The kiosk stopped during the backup: ${out} was not written. Run the backup again`,
    });
  }) as BackupAnswer;
  if (answer.ok) return answer.value;
  const { code, message, messageTh, path } = answer.error;
  if (messageTh !== undefined) throw new KioskError(code as ErrorCode, { th: messageTh, en: message });
  throw Object.assign(new Error(message), { code, path });
}
