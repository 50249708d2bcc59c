import { isAbsolute, relative, resolve, sep } from 'node:path';
import { isAppUrl } from './guards';

/** What a `kiosk://` request may be answered with. Anything else is a 404. */
export type AppRoute =
  | { kind: 'pdf'; sha256: string }
  | { kind: 'file'; path: string }
  | { kind: 'not-found'; why: string };

/**
 * `kiosk://app/...` maps to the built renderer, and `/files/<sha256>.pdf` to an active document's
 * PDF (read by hash, never by path). A path that decodes outside the renderer folder (`..`,
 * `%2e%2e`, backslashes, NUL, a drive letter) is refused before any file is touched.
 */
export function routeAppRequest(requestUrl: string, rendererRoot: string): AppRoute {
  if (!isAppUrl(requestUrl)) return { kind: 'not-found', why: 'foreign origin' };
  const url = new URL(requestUrl);
  const pdf = /^\/files\/([0-9a-f]{64})\.pdf$/.exec(url.pathname);
  if (pdf?.[1]) return { kind: 'pdf', sha256: pdf[1] };

  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'not-found', why: 'malformed escape' };
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return { kind: 'not-found', why: 'forbidden character' };
  const root = resolve(rendererRoot);
  const path = resolve(root, '.' + (pathname === '/' || pathname === '' ? '/index.html' : pathname));
  const inside = relative(root, path);
  if (inside === '' || inside === '..' || inside.startsWith('..' + sep) || isAbsolute(inside)) return { kind: 'not-found', why: 'outside the renderer' };
  return { kind: 'file', path };
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp', '.ico': 'image/x-icon',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.wasm': 'application/wasm',
  '.bcmap': 'application/octet-stream', '.pfb': 'application/octet-stream', '.txt': 'text/plain; charset=utf-8',
};

/** The Content-Type of a renderer file, by its extension (the files are ours: Vite's output). */
export function contentTypeOf(path: string): string {
  const dot = path.lastIndexOf('.');
  return (dot >= 0 && contentTypes[path.slice(dot).toLowerCase()]) || 'application/octet-stream';
}
