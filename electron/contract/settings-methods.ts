import { z } from 'zod';
import { MB, method } from './method';
import type { Unchanged } from './result';
import { Settings } from './settings';

export const settingsMethods = {
  'settings.get': method<Settings>()({
    input: z.strictObject({}), role: 'public', changes: false,
    summary: 'Agency, centre and kiosk settings (all public information)',
  }),
  'settings.update': method<Settings & Unchanged>()({
    input: Settings, role: 'admin', changes: true, maxBodyBytes: 1 * MB, // every text at its longest, in Thai, is ~0.6 MB
    summary: 'Replaces the whole settings document (the screen sends back what settings.get gave, edited)',
  }),
} as const;
