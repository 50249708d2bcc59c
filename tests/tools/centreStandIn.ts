import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * A CouchDB-protocol centre on loopback for tests and benches: express-pouchdb (the engine of
 * pouchdb-server 4.2, PouchDB 7) over an in-memory store, with a server admin so that kiosk
 * users are real non-admins whom validate_doc_update judges. Production runs Apache CouchDB 3.
 * It can stop listening and start again with its data kept (the "centre was down" tests).
 */
export async function startCentreStandIn(options: { port?: number; admin?: { username: string; password: string } } = {}) {
  const req = createRequire(createRequire(import.meta.url).resolve('pouchdb-server/package.json'));
  const Core = req('pouchdb-core').plugin(req('pouchdb-adapter-http')).plugin(req('pouchdb-replication')).plugin(req('pouchdb-mapreduce')).plugin(req('pouchdb-adapter-memory'));
  const Mem = Core.defaults({ adapter: 'memory' });
  mkdirSync(resolve('node_modules/.cache'), { recursive: true });
  const app = req('express')();
  app.use('/', req('express-pouchdb')(Mem, { mode: 'fullCouchDB', inMemoryConfig: true, logPath: resolve('node_modules/.cache/centre-stand-in.log') }));
  let server: Server | undefined;
  let port = options.port ?? 0;
  const listen = () => new Promise<void>((ok, fail) => {
    const s = (app as { listen(port: number, host: string, cb: () => void): Server }).listen(port, '127.0.0.1', () => { port = (s.address() as AddressInfo).port; ok(); });
    s.once('error', fail);
    server = s;
  });
  await listen();
  const admin = options.admin ?? { username: 'root', password: 'root-secret' };
  const url = () => `http://127.0.0.1:${port}`;
  const put = await fetch(`${url()}/_config/admins/${admin.username}`, { method: 'PUT', body: JSON.stringify(admin.password) });
  if (!put.ok) throw new Error(`stand-in: could not create the server admin (${put.status})`);
  return {
    get url() { return url(); },
    admin,
    /** Stops answering (connections dropped); the data stays for `start`. */
    async stop() {
      const s = server;
      server = undefined;
      if (!s) return;
      s.closeAllConnections();
      await new Promise<void>((ok) => s.close(() => ok()));
    },
    start: () => (server ? Promise.resolve() : listen()),
    close() { return this.stop(); },
  };
}
export type CentreStandIn = Awaited<ReturnType<typeof startCentreStandIn>>;

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) {
  const port = Number(process.argv[2] ?? 5984);
  void startCentreStandIn({ port }).then((c) => console.log(`centre stand-in: ${c.url} (admin ${c.admin.username}/${c.admin.password})`));
}
