import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { contentTypeOf, routeAppRequest } from '../../electron/window/appProtocol';
import { outOfServiceHtml, outOfServiceUrl } from '../../electron/window/outOfService';
import { isAllowedNavigation, untrustedSenderReason } from '../../electron/window/guards';

const root = resolve('/opt/kiosk/resources/app.asar/dist/renderer');

describe('kiosk:// routing', () => {
  it('maps our pages and assets into the renderer folder, / to index.html', () => {
    expect(routeAppRequest('kiosk://app/index.html', root)).toEqual({ kind: 'file', path: join(root, 'index.html') });
    expect(routeAppRequest('kiosk://app/', root)).toEqual({ kind: 'file', path: join(root, 'index.html') });
    expect(routeAppRequest('kiosk://app/assets/pdf.worker.min-abc.mjs?x=1#y', root)).toEqual({ kind: 'file', path: join(root, 'assets', 'pdf.worker.min-abc.mjs') });
    expect(routeAppRequest('kiosk://app/assets/%E0%B8%81.png', root)).toEqual({ kind: 'file', path: join(root, 'assets', 'ก.png') });
  });

  it('maps /files/<sha256>.pdf to a PDF by hash, never by path', () => {
    const sha = 'ab'.repeat(32);
    expect(routeAppRequest(`kiosk://app/files/${sha}.pdf`, root)).toEqual({ kind: 'pdf', sha256: sha });
    expect(routeAppRequest(`kiosk://app/files/${sha.toUpperCase()}.pdf`, root).kind).not.toBe('pdf');
    expect(routeAppRequest('kiosk://app/files/../../etc/passwd.pdf', root).kind).not.toBe('pdf');
  });

  it('refuses every way out of the renderer folder', () => {
    const attempts = [
      'kiosk://app/../../../etc/passwd', 'kiosk://app/%2e%2e/%2e%2e/etc/passwd', 'kiosk://app/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
      'kiosk://app/..%5c..%5cwindows%5cwin.ini', 'kiosk://app/assets%5c..%5c..%5csecret', 'kiosk://app/index.html%00.png',
      'kiosk://app/%E0%A4%A', 'kiosk://app/%', 'kiosk://app/..', 'kiosk://app/%2e%2e',
    ];
    for (const url of attempts) {
      const route = routeAppRequest(url, root);
      if (route.kind === 'file') expect(route.path.startsWith(root + '/') || route.path.startsWith(root + '\\'), `${url} -> ${route.path}`).toBe(true);
      else expect(route.kind, url).toBe('not-found');
    }
    // The URL parser folds %2e%2e into .. and drops it at the root: the request stays inside.
    expect(routeAppRequest('kiosk://app/%2e%2e/%2e%2e/etc/passwd', root)).toEqual({ kind: 'file', path: join(root, 'etc', 'passwd') });
    expect(routeAppRequest('kiosk://app/..%2f..%2fetc%2fpasswd', root).kind).toBe('not-found');
    expect(routeAppRequest('kiosk://app/index.html%00.png', root).kind).toBe('not-found');
    expect(routeAppRequest('kiosk://app/%E0%A4%A', root).kind).toBe('not-found');
  });

  it('refuses other hosts of our scheme', () => {
    expect(routeAppRequest('kiosk://app.evil/index.html', root).kind).toBe('not-found');
    expect(routeAppRequest('kiosk://other/index.html', root).kind).toBe('not-found');
  });

  it('names content types by extension, unknown as octet-stream', () => {
    expect(contentTypeOf('/x/index.html')).toMatch(/^text\/html/);
    expect(contentTypeOf('/x/a.MJS')).toMatch(/^text\/javascript/);
    expect(contentTypeOf('/x/font.woff2')).toBe('font/woff2');
    expect(contentTypeOf('/x/noextension')).toBe('application/octet-stream');
    expect(contentTypeOf('/x/evil.exe')).toBe('application/octet-stream');
  });
});

describe('the out-of-service page', () => {
  it('is a data: URL with no script, its own strict CSP, in Thai and English', () => {
    expect(outOfServiceUrl.startsWith('data:text/html;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(outOfServiceUrl.slice(outOfServiceUrl.indexOf(',') + 1))).toBe(outOfServiceHtml);
    expect(outOfServiceHtml).not.toMatch(/<script|\son\w+=|javascript:/i);
    expect(outOfServiceHtml).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(outOfServiceHtml).toMatch(/ขออภัย/);
    expect(outOfServiceHtml).toMatch(/out of service/);
  });

  it('cannot reach IPC nor navigate anywhere (its origin is not ours)', () => {
    expect(untrustedSenderReason({ url: outOfServiceUrl, parent: null }, 1, 1)).toMatch(/unexpected origin/);
    expect(isAllowedNavigation(outOfServiceUrl)).toBe(false);
  });
});
