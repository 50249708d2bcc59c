import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import type { CatalogueDocument } from '../../../contract/schemas';
import type { BodyRef, DocumentMeta } from './unitLog';
import { sharedLazyProperty } from '../sharedLazyProperty';

/**
 * A file holding document bodies (a generation's `.bodies`, or a unit log whose records carry
 * them), read by offset and length. The in-memory catalogue keeps only each document's
 * metadata: at 100,000 documents of 300–2,000 Thai characters the bodies are ~340 MB of UTF-8,
 * which a kiosk should not hold (or parse at every start) to show titles and lists.
 */
export class BlobFile {
  private fd: number | undefined;
  constructor(readonly path: string) {}

  /** Synchronous on purpose: `document.body` stays a plain property for every reader above the store. */
  read(ref: BodyRef): string {
    return ref[1] === 0 ? '' : this.readRaw(ref).toString('utf8');
  }

  /** The body's bytes, checked against its crc (a compaction copies them without decoding). */
  readRaw([offset, bytes, crc]: BodyRef): Buffer {
    const buffer = Buffer.allocUnsafe(bytes);
    if (bytes === 0) return buffer;
    this.fd ??= openSync(this.path, 'r');
    let done = 0;
    while (done < bytes) {
      const n = readSync(this.fd, buffer, done, bytes - done, offset + done);
      if (n === 0) throw new Error(`${this.path}: body at ${offset} is cut short`);
      done += n;
    }
    // Checked at every read (a microsecond next to the read): a damaged body is never shown as if it were the document's.
    if (crc32(buffer) !== crc) throw new BodyDamage(`${this.path}: the body at ${offset} (${bytes} bytes) is damaged (crc does not match)`);
    return buffer;
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

export class BodyDamage extends Error {}

/** Where a stored document's body lies, for documents read from the store (not for ones made since). */
const origins = new WeakMap<object, { blob: BlobFile; ref: BodyRef }>();

/**
 * The stored document as everyone above the store sees it: `body` is an own, enumerable property
 * (so `{ ...doc }`, JSON and zod see it) whose value is read from the body file when asked for.
 */
export function documentWithBody(meta: DocumentMeta, blob: BlobFile | undefined, ref: BodyRef | undefined): CatalogueDocument {
  if (!blob || !ref) return meta as CatalogueDocument;
  origins.set(meta, { blob, ref });
  Object.defineProperty(meta, 'body', bodyProperty);
  return meta as CatalogueDocument;
}

/** One getter shared by every stored document (see sharedLazyProperty), which finds the body through `origins`. */
const bodyProperty = sharedLazyProperty(origins, (origin) => origin.blob.read(origin.ref), 'a stored document\'s body');

/** The document's metadata and its body, reading the body once. */
export function splitBody(doc: CatalogueDocument): { meta: DocumentMeta; body: string | undefined } {
  const { body, ...meta } = doc;
  return { meta, body };
}

/** The metadata and the body's bytes, crc and digest, copied from the body file without decoding when the document came from one. */
export function bodyBytes(doc: CatalogueDocument): { meta: DocumentMeta; bytes: Buffer | undefined; crc: number | undefined; digest: string | undefined } {
  const origin = origins.get(doc);
  if (!origin) {
    const { meta, body } = splitBody(doc);
    return { meta, bytes: body === undefined ? undefined : Buffer.from(body), crc: undefined, digest: undefined };
  }
  const meta: Record<string, unknown> = {};
  for (const key of Object.keys(doc)) if (key !== 'body') meta[key] = doc[key as keyof CatalogueDocument];
  return { meta: meta as DocumentMeta, bytes: origin.blob.readRaw(origin.ref), crc: origin.ref[2], digest: origin.ref[3] };
}

/**
 * A stored body's identity, strong enough that two different bodies never share it (SHA-256, the
 * first 128 bits): written with the body, it lets the search index cache take an unchanged
 * document's analysis without reading the body (a crc32 is for damage, not identity).
 */
export const bodyDigest = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest().subarray(0, 16).toString('base64url');

/** The digest of a stored document's body, known without reading it; undefined for a body stored before digests, or none. */
export function storedBodyDigest(doc: CatalogueDocument): string | undefined {
  return origins.get(doc)?.ref[3];
}

/** A document stored with a body but no digest (by a version before digests). */
export const lacksDigest = (doc: CatalogueDocument): boolean => { const origin = origins.get(doc); return origin !== undefined && origin.ref[3] === undefined; };

/** A body reference read from a log record, its offset made absolute. */
export const movedRef = ([offset, bytes, crc, digest]: BodyRef, base: number): BodyRef =>
  digest === undefined ? [base + offset, bytes, crc] : [base + offset, bytes, crc, digest];
