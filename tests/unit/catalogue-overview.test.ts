import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupCodes } from '../../electron/contract/categories';
import { asCitizen, openTestKiosk, type TestKiosk } from './catalogue-support';
import { fixedClock, tempDir } from './support';

/** The home screen's tiles on the shipped sample: each count is what a tap on the tile lists. */
describe('the catalogue overview', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let kiosk: TestKiosk;
  beforeAll(async () => {
    dir = await tempDir();
    kiosk = await openTestKiosk(dir.path, fixedClock('2026-11-21T03:00:00Z'), 'resources/sample');
  }, 90_000); // seeding reads the text of the sample's 52 PDFs
  afterAll(() => dir.remove());

  it('counts a group as the documents and service standards its page lists', async () => {
    const overview = await kiosk.call('catalogue.overview', {}, asCitizen);
    const services = await kiosk.call('standards.list', {}, asCitizen);
    expect(services).toHaveLength(14);
    for (const group of groupCodes) {
      const listed = (await kiosk.call('catalogue.list', { group, limit: 200 }, asCitizen)).total + (group === 'service-manuals' ? services.length : 0);
      expect(overview.groups.find((g) => g.group === group)?.count, group).toBe(listed);
    }
    expect(overview.groups.find((g) => g.group === 'service-manuals')?.count).toBe(5 + 14);
  });
});
