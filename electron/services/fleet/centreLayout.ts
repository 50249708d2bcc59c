/**
 * What the centre holds. Two databases, so that the security rule of each is one sentence:
 * - `fleet-catalogue`: the central catalogue; only the publisher (or a server admin) writes it,
 *   every kiosk reads it (pull replication).
 * - `fleet-kiosks`: what kiosks send up: day roll-ups `<kiosk>:<date>`, `heartbeat:<kiosk>`,
 *   office documents `office:<office>:<doc id>`; each kiosk may write only its own.
 * - `fleet-files`: PDFs by content hash (`sha256:<hex>`, one attachment `pdf`), written by the
 *   publisher, fetched by kiosks with a plain GET and checked against the hash (not replicated).
 */
export const centreDatabases = { catalogue: 'fleet-catalogue', kiosks: 'fleet-kiosks', files: 'fleet-files' } as const;

export const PUBLISHER_ROLE = 'fleet-publisher';
export const KIOSK_ROLE = 'fleet-kiosk';
export const kioskRole = (kioskId: string) => `fleet-kiosk:${kioskId}`;
export const officeRole = (office: string) => `fleet-office:${office}`;
export const couchUserId = (name: string) => `org.couchdb.user:${name}`;
/** The CouchDB account of a kiosk: one per kiosk, so a stolen kiosk's password is revoked alone. */
export const kioskUserName = (kioskId: string) => `kiosk-${kioskId}`;

export const catalogueDocId = (kind: 'document' | 'service', id: string) => `${kind}:${id}`;
export const rollupDocId = (kioskId: string, day: string) => `${kioskId}:${day}`;
export const heartbeatDocId = (kioskId: string) => `heartbeat:${kioskId}`;
export const officeDocId = (office: string, id: string) => `office:${office}:${id}`;
export const fileDocId = (sha256: string) => `sha256:${sha256}`;

// validate_doc_update bodies run inside CouchDB (SpiderMonkey): plain ES5, no closures over our code.
const catalogueGuard = `function (newDoc, oldDoc, userCtx) {
  var roles = userCtx.roles || [];
  if (roles.indexOf('_admin') !== -1 || roles.indexOf('${PUBLISHER_ROLE}') !== -1) return;
  throw({ forbidden: 'Only the publisher writes the central catalogue / เฉพาะผู้เผยแพร่ส่วนกลางเท่านั้นที่แก้ไขสารบัญกลางได้' });
}`;

const kioskGuard = `function (newDoc, oldDoc, userCtx) {
  var roles = userCtx.roles || [];
  if (roles.indexOf('_admin') !== -1) return;
  var kiosk = null, office = null;
  for (var i = 0; i < roles.length; i++) {
    if (roles[i].indexOf('fleet-kiosk:') === 0) kiosk = roles[i].slice(12);
    if (roles[i].indexOf('fleet-office:') === 0) office = roles[i].slice(13);
  }
  if (!kiosk) throw({ forbidden: 'Not a kiosk of this fleet / ไม่ใช่ตู้ของเครือข่ายนี้' });
  var id = newDoc._id;
  var own = function (doc) { return doc.kiosk === kiosk; };
  if (id === 'heartbeat:' + kiosk && own(newDoc)) return;
  if (id.indexOf(kiosk + ':') === 0 && newDoc.type === 'rollup' && own(newDoc)) return;
  if (office && id.indexOf('office:' + office + ':') === 0 && (newDoc._deleted || newDoc.office === office)) return;
  throw({ forbidden: 'A kiosk writes only its own statistics, heartbeat and office documents / ตู้เขียนได้เฉพาะสถิติ สถานะ และเอกสารของสำนักงานตนเอง' });
}`;

const filesGuard = catalogueGuard;

/** Roll-ups by Bangkok day, across kiosks: the consolidated report reads one key range. */
const rollupsByDay = `function (doc) { if (doc.type === 'rollup') emit(doc.day, null); }`;
const heartbeats = `function (doc) { if (doc.type === 'heartbeat') emit(doc.kiosk, null); }`;

export const designDocuments = {
  [centreDatabases.catalogue]: { _id: '_design/fleet', validate_doc_update: catalogueGuard },
  [centreDatabases.files]: { _id: '_design/fleet', validate_doc_update: filesGuard },
  [centreDatabases.kiosks]: {
    _id: '_design/fleet',
    validate_doc_update: kioskGuard,
    views: { rollupsByDay: { map: rollupsByDay }, heartbeats: { map: heartbeats } },
  },
} as const;

/** Members only: an anonymous caller reads nothing. */
export const securityObject = { admins: { names: [], roles: [] }, members: { names: [], roles: [PUBLISHER_ROLE, KIOSK_ROLE] } };
