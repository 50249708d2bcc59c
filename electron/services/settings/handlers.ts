import type { HandlersFor } from '../../contract/handler';
import type { settingsMethods } from '../../contract/settings-methods';
import type { SettingsService } from './settings';

export const settingsHandlers = (settings: SettingsService) =>
  ({
    'settings.get': () => settings.get(),
    'settings.update': async (input, context) => {
      const { before, after, unchanged } = await settings.replace(input);
      // Nothing changed: no audit entry (the dispatcher writes none for a call that recorded nothing), and the answer says so.
      if (unchanged) return { ...after, unchanged };
      context.recordChange({ target: 'settings', before, after });
      return after;
    },
  }) satisfies HandlersFor<keyof typeof settingsMethods>;
