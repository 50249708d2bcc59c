import { createDispatcher } from './dispatch';
import { createServices, type ServiceOptions } from './services/index';
import { NOT_APPLIED_METHOD, notAppliedChange } from './services/staff/auditReconcile';

/**
 * Opens the data folder and builds the one dispatcher over it. Electron's main process,
 * the web mode and the CLI all start here, so they cannot drift apart.
 */
export async function bootKiosk(options: ServiceOptions) {
  const services = await createServices(options);
  const { audit } = services.staff;
  const dispatch = createDispatcher({
    handlers: services.handlers, clock: services.clock, log: services.log, writer: services.writer,
    audit: async (entry) => (await audit.append(entry)).seq,
    auditNotApplied: async (seq, stores, error) => {
      await audit.append({ method: NOT_APPLIED_METHOD, transport: 'system', actor: null, changes: [notAppliedChange(seq, stores, String(error).slice(0, 200))] });
    },
  });
  /** Transports turn the session token they carry (IPC 3rd argument, HTTP x-kiosk-session) into the actor. */
  const resolveSession = (token: string) => services.staff.resolveSession(token);
  return { services, dispatch, resolveSession };
}
export type Kiosk = Awaited<ReturnType<typeof bootKiosk>>;
