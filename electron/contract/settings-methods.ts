import { z } from 'zod';
import { method } from './method';
import type { Settings } from './settings';

export const settingsMethods = {
  'settings.get': method<Settings>()({
    input: z.strictObject({}), role: 'public', changes: false,
    summary: 'Agency, centre and kiosk settings (all public information)',
  }),
} as const;
