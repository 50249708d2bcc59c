import { z } from 'zod';
import { method } from './method';
import { Settings } from './settings';

export const settingsMethods = {
  'settings.get': method<Settings>()({
    input: z.strictObject({}), role: 'public', changes: false,
    summary: 'Agency, centre and kiosk settings (all public information)',
  }),
  'settings.update': method<Settings>()({
    input: Settings, role: 'admin', changes: true,
    summary: 'Replaces the whole settings document (the screen sends back what settings.get gave, edited)',
  }),
} as const;
