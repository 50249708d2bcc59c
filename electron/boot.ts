import { createDispatcher } from './dispatch';
import { createServices, type ServiceOptions } from './services/index';

/**
 * Opens the data folder and builds the one dispatcher over it. Electron's main process,
 * the web mode and the CLI all start here, so they cannot drift apart.
 */
export async function bootKiosk(options: ServiceOptions) {
  const services = await createServices(options);
  const dispatch = createDispatcher({
    handlers: services.handlers, clock: services.clock, log: services.log,
    audit: async (entry) => { await services.staff.audit.append(entry); },
  });
  /** Transports turn the session token they carry (IPC 3rd argument, HTTP x-kiosk-session) into the actor. */
  const resolveSession = (token: string) => services.staff.resolveSession(token);
  return { services, dispatch, resolveSession };
}
export type Kiosk = Awaited<ReturnType<typeof bootKiosk>>;
