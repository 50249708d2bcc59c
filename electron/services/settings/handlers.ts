import type { HandlersFor } from '../../contract/handler';
import type { settingsMethods } from '../../contract/settings-methods';
import type { SettingsService } from './settings';

export const settingsHandlers = (settings: SettingsService) =>
  ({
    'settings.get': () => settings.get(),
  }) satisfies HandlersFor<keyof typeof settingsMethods>;
