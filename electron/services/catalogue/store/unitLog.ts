import { crc32 } from 'node:zlib';
import { open, readFile } from 'node:fs/promises';
import type { CatalogueDocument, ServiceStandard } from '../../../contract/schemas';
import { PRIVATE_FILE } from '../../store/privateFolder';

/**
 * The catalogue's unit log: one record per committed unit, appended and flushed to disk
 * (`fdatasync`) before the unit is acknowledged, so a save costs one small append however big
 * the catalogue is (lowdb rewrote the whole 384 MB file at 100,000 documents).
 *
 * A record is a header line, the unit as one JSON line, then the bodies of the documents it
 * puts as raw UTF-8, so the in-memory catalogue can point at a body (offset, length) instead of
 * holding it:
 *
 *     U1 <crc32 hex> <json bytes> <body bytes>\n<json>\n<bodies>\n
 *
 * The crc covers the JSON and the bodies. A record cut short by a kill or a power cut (or whose
 * crc does not match) ends the log: it and anything after it are dropped at open. It was never
 * acknowledged; its audit entry (written first, see store/folderWriter.ts) is then found
 * without its stamp by staff/auditReconcile.ts, which records it as not applied.
 */

/** A document as stored without its body: the body is read from a body file when asked for. */
export type DocumentMeta = Omit<CatalogueDocument, 'body'>;
/**
 * Where a body lies: [offset, bytes, crc32] in a body file (a generation's, or a log's own), and
 * the body's digest (blobFile.bodyDigest): the search index cache tells an unchanged body by it
 * without reading the body. Bodies stored before the digest existed have none.
 */
export type BodyRef = [offset: number, bytes: number, crc: number, digest?: string];

export type UnitOp =
  | { put: 'document'; v: DocumentMeta; b?: BodyRef }
  | { put: 'service'; v: ServiceStandard }
  | { del: 'document' | 'service'; id: string }
  | { meta: { sample: boolean; sampleIds?: { documents: string[]; services: string[] } } };

export interface Unit { seq?: number; ops: UnitOp[] }

const MAGIC = 'U1';

/** Where the bodies of one record are grouped into parts of about this size for writing. */
const PART_BYTES = 1024 * 1024;

/**
 * One unit's record as parts to write one after the other: its header and JSON, its bodies in
 * groups of about a megabyte, and the closing newline (the bodies' offsets in `ops` count from the
 * start of its bodies). An import's record is tens of megabytes:
 * copied into one buffer (twice) it held the thread that answers the kiosk's screens for ~0.2 s.
 */
export function encodeUnitParts(unit: Unit, bodies: readonly Buffer[]): { parts: Buffer[]; bytes: number; bodiesAt: number; crc: number } {
  const json = Buffer.from(JSON.stringify(unit));
  let crc = crc32(json);
  let bodyBytes = 0;
  for (const body of bodies) { crc = crc32(body, crc); bodyBytes += body.length; }
  const head = Buffer.concat([Buffer.from(`${MAGIC} ${crc.toString(16).padStart(8, '0')} ${json.length} ${bodyBytes}\n`), json, NEWLINE]);
  const parts = [head];
  let group: Buffer[] = [], groupBytes = 0;
  for (const body of bodies) {
    group.push(body); groupBytes += body.length;
    if (groupBytes >= PART_BYTES) { parts.push(Buffer.concat(group)); group = []; groupBytes = 0; }
  }
  if (group.length > 0) parts.push(Buffer.concat(group));
  parts.push(NEWLINE);
  return { parts, bytes: head.length + bodyBytes + 1, bodiesAt: head.length, crc };
}
const NEWLINE = Buffer.from('\n');

/** `crc`, `bytes`: the record's own crc and length (the catalogue's state label moves on by them, stateLabel.ts). */
export interface ReadUnit { unit: Unit; bodiesAt: number; end: number; crc: number; bytes: number }

/** Reads every whole record of a log; `validBytes` is where the good part ends (a torn or damaged tail starts there). */
export function decodeUnits(data: Buffer): { units: ReadUnit[]; validBytes: number } {
  const units: ReadUnit[] = [];
  let at = 0;
  while (at < data.length) {
    const newline = data.indexOf(10, at);
    if (newline < 0 || newline - at > 64) break;
    const [magic, crcHex, jsonText, bodyText] = data.subarray(at, newline).toString('latin1').split(' ');
    const jsonBytes = Number(jsonText);
    const bodyBytes = Number(bodyText);
    if (magic !== MAGIC || !/^[0-9a-f]{8}$/.test(crcHex ?? '') || !Number.isSafeInteger(jsonBytes) || !Number.isSafeInteger(bodyBytes)) break;
    const jsonAt = newline + 1;
    const bodiesAt = jsonAt + jsonBytes + 1;
    const end = bodiesAt + bodyBytes + 1;
    if (end > data.length || data[bodiesAt - 1] !== 10 || data[end - 1] !== 10) break;
    const json = data.subarray(jsonAt, jsonAt + jsonBytes);
    if (crc32(data.subarray(bodiesAt, bodiesAt + bodyBytes), crc32(json)) !== parseInt(crcHex!, 16)) break;
    let unit: Unit;
    try { unit = JSON.parse(json.toString('utf8')) as Unit; } catch { break; }
    units.push({ unit, bodiesAt, end, crc: parseInt(crcHex!, 16), bytes: end - at });
    at = end;
  }
  return { units, validBytes: at };
}

export async function readLog(path: string): Promise<{ units: ReadUnit[]; validBytes: number; size: number } | undefined> {
  const data = await readFile(path).catch((error: NodeJS.ErrnoException) => { if (error.code === 'ENOENT') return undefined; throw error; });
  if (!data) return undefined;
  return { ...decodeUnits(data), size: data.length };
}

/**
 * Appends one record and flushes it to disk. Opened per append (an open costs microseconds next
 * to the flush) so nothing is held open between saves. A write the disk refuses part-way is cut
 * back off, so the log on disk is exactly as it was: a refused save leaves no trace.
 */
export async function appendRecord(path: string, size: number, record: Buffer | readonly Buffer[]): Promise<void> {
  const handle = await open(path, 'a', PRIVATE_FILE);
  try {
    try {
      // Each part all of it or an error: write() may store part and say so only in bytesWritten.
      for (const part of Buffer.isBuffer(record) ? [record] : record) await handle.appendFile(part);
      await handle.datasync();
    } catch (error) {
      await handle.truncate(size).catch(() => undefined);
      throw error;
    }
  } finally {
    await handle.close();
  }
}
