import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Unix socket paths are limited to about 104 bytes; a longer data folder path gets its socket in the temp folder. */
const MAX_SOCKET_PATH = 100;

/**
 * Where a running kiosk listens for the admin CLI: a Unix socket in the data folder (only its
 * owner may open it: mode 0600), or a named pipe on Windows. Named after the folder, so two
 * kiosks on two folders never meet.
 */
export function channelPath(dataDir: string, platform: NodeJS.Platform = process.platform): string {
  const tag = createHash('sha256').update(dataDir).digest('hex').slice(0, 16);
  if (platform === 'win32') return `\\\\.\\pipe\\infocentre-kiosk-${tag}`;
  const inFolder = join(dataDir, '.kiosk.sock');
  return Buffer.byteLength(inFolder) <= MAX_SOCKET_PATH ? inFolder : join(tmpdir(), `infocentre-kiosk-${tag}.sock`);
}

/** The header that carries the per-start secret (read from the 0600 owner file). */
export const SECRET_HEADER = 'x-kiosk-secret';
