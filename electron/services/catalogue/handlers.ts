import type { catalogueMethods } from '../../contract/catalogue';
import type { HandlersFor } from '../../contract/handler';
import type { SettingsService } from '../settings/settings';
import type { Catalogue } from './catalogue';

export const catalogueHandlers = (catalogue: Catalogue, settings: SettingsService) =>
  ({
    'catalogue.overview': () => catalogue.overview(),
    'catalogue.list': (input) => catalogue.list(input),
    'catalogue.get': (input) => catalogue.get(input.id, settings.get().kiosk.qrBaseUrl),
    'services.list': () => catalogue.listServices(),
    'services.get': (input) => catalogue.getService(input.id),
  }) satisfies HandlersFor<keyof typeof catalogueMethods>;
