import { KioskError } from '../contract/result';
import type { Log } from '../services/runtime';
import { describeOwner, holdFolder, liveOwner, type FolderHold, type FolderOwner } from '../services/store/folderLock';
import { WAIT_FOR_FOLDER_MS } from './command';

/** How a command reaches a data folder: the running kiosk's admin channel, or the folder held by this process. */
export type Reached = { channel: NonNullable<FolderOwner['channel']>; hold?: undefined } | { channel?: undefined; hold: FolderHold };

/**
 * One writer per folder (house rule 9): when a kiosk holds the folder, the command goes through
 * it (said on stderr); otherwise this process holds the folder, waiting a little for another CLI
 * command, and goes through a kiosk that started meanwhile.
 */
export async function reachFolder(dataDir: string, log: Log): Promise<Reached> {
  for (let tries = 0; ; tries++) {
    const owner = await liveOwner(dataDir);
    if (owner?.role === 'kiosk' && owner.channel) {
      const who = describeOwner(owner);
      process.stderr.write(`ทำผ่าน${who.th} / Running through ${who.en}\n`);
      return { channel: owner.channel };
    }
    try {
      return { hold: await holdFolder(dataDir, { role: 'cli', waitMs: WAIT_FOR_FOLDER_MS, log }) };
    } catch (error) {
      // A kiosk that started while we waited: go through it.
      if (error instanceof KioskError && error.code === 'busy' && tries < 2) continue;
      throw error;
    }
  }
}
