/**
 * An upload's base64 (an import of 18 MB is 25 MB of it) is decoded in slices on the thread that
 * answers the kiosk's screens: the same bytes as one Buffer.from, with a turn of the event loop
 * between slices.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeBase64InSlices } from '../../electron/services/catalogue/import/importLimits';

describe('decoding an upload in slices', () => {
  it('gives the bytes one decode gives, whatever the length, with or without line breaks', async () => {
    for (const length of [0, 1, 2, 3, 4, 5, 1000, 3 * 1024 * 1024 + 1, 9 * 1024 * 1024 + 2]) {
      const bytes = randomBytes(length);
      const base64 = bytes.toString('base64');
      expect((await decodeBase64InSlices(base64)).equals(bytes)).toBe(true);
      // MIME-style lines of 76 characters, as some tools write base64.
      const wrapped = base64.replace(/.{76}/g, '$&\r\n');
      expect((await decodeBase64InSlices(wrapped)).equals(bytes)).toBe(true);
    }
  });

  it('lets the event loop turn between slices of a large upload', async () => {
    const base64 = randomBytes(12 * 1024 * 1024).toString('base64');
    let turned = false;
    setImmediate(() => { turned = true; });
    const decoding = decodeBase64InSlices(base64).then(() => turned);
    expect(await decoding).toBe(true);
  });
});
