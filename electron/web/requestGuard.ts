import type { IncomingMessage } from 'node:http';

/**
 * Refuses requests that do not come from our own page: a Host other than ours is DNS
 * rebinding; an Origin other than ours is another web page in the same browser.
 */
export function foreignRequestReason(request: IncomingMessage, port: number): string | undefined {
  const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const host = request.headers.host ?? '';
  if (!allowedHosts.has(host)) return `foreign Host header: ${host.slice(0, 100) || '(none)'}`;
  const origin = request.headers.origin;
  if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, '')) ) {
    return `foreign Origin header: ${origin.slice(0, 100)}`;
  }
  if (origin !== undefined && !origin.startsWith('http://')) return `foreign Origin header: ${origin.slice(0, 100)}`;
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite === 'cross-site') return 'cross-site request';
  return undefined;
}
