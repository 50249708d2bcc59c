import { createDispatcher } from './dispatch';
import { createServices, type ServiceOptions } from './services/index';

/**
 * Opens the data folder and builds the one dispatcher over it. Electron's main process,
 * the web mode and the CLI all start here, so they cannot drift apart.
 */
export async function bootKiosk(options: ServiceOptions) {
  const services = await createServices(options);
  const dispatch = createDispatcher({ handlers: services.handlers, clock: services.clock, log: services.log });
  return { services, dispatch };
}
export type Kiosk = Awaited<ReturnType<typeof bootKiosk>>;
