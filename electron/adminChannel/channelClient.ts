import { request } from 'node:http';
import type { Result } from '../contract/result';
import type { Caller } from '../dispatch';
import type { FolderOwner } from '../services/store/folderLock';
import { SECRET_HEADER } from './endpoint';

/** What the CLI's commands need of a kiosk: its dispatcher. */
export interface RemoteKiosk {
  dispatch(method: string, input: unknown, caller: Caller): Promise<Result<unknown>>;
}

/**
 * The running kiosk's dispatcher, reached over its admin channel. The caller is always the CLI
 * on the other side (the kiosk decides who calls, never the message).
 */
export function remoteKiosk(channel: NonNullable<FolderOwner['channel']>): RemoteKiosk {
  return {
    dispatch: (method, input) => new Promise((resolve, reject) => {
      const body = JSON.stringify({ method, input });
      const call = request({
        socketPath: channel.path, path: '/call', method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), [SECRET_HEADER]: channel.secret },
      }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => {
          try { resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Result<unknown>); } catch (error) { reject(error as Error); }
        });
        response.on('error', reject);
      });
      call.on('error', reject);
      call.end(body);
    }),
  };
}
