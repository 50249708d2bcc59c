import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KioskError } from '../../electron/contract/result';
import { silentLog } from '../../electron/services/runtime';
import { holdFolder } from '../../electron/services/store/folderLock';
import { tempDir } from './support';

/*
 * A kiosk that starts while a CLI command holds its folder (a nightly backup of a big folder runs
 * into the morning's start) waits for the command to end: refused after its 30 s, the kiosk stayed
 * down until someone restarted it (review of the backup change). Another kiosk is still refused.
 */
describe('a kiosk starting on a folder another process holds', () => {
  it('waits past its own wait for a CLI command, and takes the folder when the command lets go', async () => {
    const dir = await tempDir('lock-wait-');
    const dataDir = join(dir.path, 'data');
    try {
      const cli = await holdFolder(dataDir, { role: 'cli', waitMs: 1_000, log: silentLog });
      setTimeout(() => { void cli.release(); }, 1_200);
      const started = Date.now();
      const kiosk = await holdFolder(dataDir, { role: 'kiosk', waitMs: 300, log: silentLog });
      expect(kiosk.held).toBe(true);
      expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
      await kiosk.release();
    } finally { await dir.remove(); }
  });

  it('is refused after its wait when the holder is another kiosk', async () => {
    const dir = await tempDir('lock-wait-');
    const dataDir = join(dir.path, 'data');
    try {
      const first = await holdFolder(dataDir, { role: 'kiosk', waitMs: 1_000, log: silentLog });
      const second = await holdFolder(dataDir, { role: 'kiosk', waitMs: 300, log: silentLog }).then(() => 'held', (e: unknown) => e);
      expect(second).toBeInstanceOf(KioskError);
      expect((second as KioskError).code).toBe('busy');
      await first.release();
    } finally { await dir.remove(); }
  });
});
