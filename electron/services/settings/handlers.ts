import type { HandlersFor } from '../../contract/handler';
import type { settingsMethods } from '../../contract/settings-methods';
import type { SettingsService } from './settings';

export const settingsHandlers = (settings: SettingsService) =>
  ({
    'settings.get': () => settings.get(),
    'settings.update': async (input, context) => {
      const { before, after } = await settings.replace(input);
      context.recordChange({ target: 'settings', before, after });
      return after;
    },
  }) satisfies HandlersFor<keyof typeof settingsMethods>;
