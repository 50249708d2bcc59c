import type { IncomingMessage } from 'node:http';

/** `application/json`, with or without parameters (`; charset=utf-8`); not `application/jsonp` or `json-seq`. */
export function isJsonContentType(header: string | undefined): boolean {
  const mediaType = (header ?? '').split(';', 1)[0]!.trim().toLowerCase();
  return mediaType === 'application/json';
}

/** The method name of `/api/<name>`, or undefined when its percent-encoding is broken (`%E0%A4%A`). */
export function methodNameOf(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname.slice('/api/'.length));
  } catch {
    return undefined;
  }
}

/**
 * Reads a request body of at most `limit` bytes. A declared Content-Length over the limit is
 * refused before a byte is read; a streamed body is refused as soon as it passes the limit, and
 * the rest is never read (the caller answers 413 and closes the connection).
 */
export function readBodyWithin(request: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve('too-large');
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => { request.off('data', onData); request.off('end', onEnd); request.off('error', onError); };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      stop();
      request.pause(); // not destroyed: the 413 must still reach the caller
      resolve('too-large');
    };
    const onEnd = () => { stop(); resolve(Buffer.concat(chunks)); };
    const onError = (error: Error) => { stop(); reject(error); };
    request.on('data', onData).on('end', onEnd).on('error', onError);
  });
}
