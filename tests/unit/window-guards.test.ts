import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { withContentSecurityPolicy, contentSecurityPolicy } from '../../electron/window/csp';
import { dataDirFrom, flagValue } from '../../electron/dataDir';
import { isAllowedNavigation, isAllowedRequest, isBlockedShortcut, untrustedSenderReason, type KeyInput } from '../../electron/window/guards';

const foreignUrls = [
  'https://evil.example/', 'http://127.0.0.1:5190/', 'javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<script>1</script>',
  'file:///etc/passwd', 'file:///C:/Windows/win.ini', 'about:blank', 'kiosk://app.evil/index.html', 'kiosk://evil/index.html',
  'kiosk://apps/index.html', 'kiosk://user@app/index.html', 'kiosk://app:99/index.html', 'kiosk:app/index.html', 'kiosk:///index.html',
  'chrome://settings', 'devtools://devtools/bundled/inspector.html', 'blob:https://evil.example/1', 'not a url', '',
];

describe('navigation guard', () => {
  it('allows our own pages and routes', () => {
    for (const url of ['kiosk://app/index.html', 'kiosk://app/index.html#/search?q=ว่างงาน', 'kiosk://app/files/' + 'a'.repeat(64) + '.pdf']) {
      expect(isAllowedNavigation(url), url).toBe(true);
    }
  });

  it('refuses foreign URLs, script and file schemes, and lookalike hosts', () => {
    for (const url of foreignUrls) expect(isAllowedNavigation(url), url).toBe(false);
  });
});

describe('request guard (nothing but our protocol, data: and our blobs)', () => {
  it('lets the renderer load its own files, data: fonts and its own blobs', () => {
    const off = { devTools: false };
    expect(isAllowedRequest('kiosk://app/assets/index.js', off)).toBe(true);
    expect(isAllowedRequest('data:font/woff2;base64,AAAA', off)).toBe(true);
    expect(isAllowedRequest('blob:kiosk://app/6f1c-uuid', off)).toBe(true);
  });

  it('cancels the network, other blobs, and devtools unless devtools are allowed', () => {
    const off = { devTools: false };
    for (const url of ['https://fonts.example/x.woff2', 'http://127.0.0.1:5190/api/x', 'ws://127.0.0.1/', 'file:///etc/passwd', 'blob:https://evil.example/1', 'kiosk://app.evil/x']) {
      expect(isAllowedRequest(url, off), url).toBe(false);
    }
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', off)).toBe(false);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', { devTools: true })).toBe(true);
  });
});

describe('IPC sender check', () => {
  const main = { url: 'kiosk://app/index.html#/search', parent: null };

  it('accepts our window\'s main frame on our origin', () => {
    expect(untrustedSenderReason(main, 7, 7)).toBeUndefined();
  });

  it('refuses a missing frame, another window, a subframe and another origin, saying why', () => {
    expect(untrustedSenderReason(null, 7, 7)).toMatch(/no sender frame/);
    expect(untrustedSenderReason(main, 7, 8)).toBe('not the kiosk window');
    expect(untrustedSenderReason(main, undefined, 7)).toBe('not the kiosk window');
    expect(untrustedSenderReason({ url: 'kiosk://app/index.html', parent: {} }, 7, 7)).toBe('not the main frame');
    for (const url of foreignUrls) {
      expect(untrustedSenderReason({ url, parent: null }, 7, 7), url).toMatch(/unexpected origin/);
    }
  });

  it('keeps the reason short even for a huge URL', () => {
    const reason = untrustedSenderReason({ url: 'data:text/html,' + 'x'.repeat(100_000), parent: null }, 1, 1);
    expect(reason!.length).toBeLessThan(150);
  });
});

describe('shortcut blocking', () => {
  const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({ key: k, control: false, meta: false, alt: false, shift: false, ...mods });

  it('blocks reload, close, devtools, zoom, print, save, history and full-screen keys', () => {
    const blocked: KeyInput[] = [
      key('F5'), key('F11'), key('F12'), key('F4', { alt: true }), key('r', { control: true }), key('R', { control: true, shift: true }),
      key('w', { control: true }), key('q', { meta: true }), key('p', { control: true }), key('s', { control: true }),
      key('I', { control: true, shift: true }), key('j', { meta: true, shift: true }), key('c', { control: true, shift: true }),
      key('+', { control: true }), key('-', { control: true }), key('0', { control: true }), key('ArrowLeft', { alt: true }),
      key('BrowserBack'), key('l', { control: true }), key('Tab', { control: true }), key('F5', { control: true }),
    ];
    for (const input of blocked) expect(isBlockedShortcut(input), JSON.stringify(input)).toBe(true);
  });

  it('lets typing through: letters, Thai, digits, Backspace, Enter, copy and paste', () => {
    const typing: KeyInput[] = [
      key('a'), key('ก'), key('ๆ'), key('1'), key('Backspace'), key('Enter'), key(' '), key('A', { shift: true }),
      key('c', { control: true }), key('v', { control: true }), key('a', { control: true }), key('ArrowLeft'),
    ];
    for (const input of typing) expect(isBlockedShortcut(input), JSON.stringify(input)).toBe(false);
  });
});

describe('data folder resolution', () => {
  const userData = '/home/kiosk/.config/Infocentre Kiosk';
  it('takes --data DIR, then --data=DIR, then KIOSK_DATA_DIR, then <userData>/data', () => {
    const resolveDataDir = (argv: string[], env: Record<string, string>) => dataDirFrom(flagValue(argv, 'data'), env, join(userData, 'data'));
    expect(resolveDataDir(['electron', 'main.js', '--data', '/srv/kiosk'], {})).toBe('/srv/kiosk');
    expect(resolveDataDir(['electron', 'main.js', '--data=/srv/k2'], { KIOSK_DATA_DIR: '/env' })).toBe('/srv/k2');
    expect(resolveDataDir(['electron', 'main.js'], { KIOSK_DATA_DIR: '/env' })).toBe('/env');
    expect(resolveDataDir(['electron', 'main.js'], { KIOSK_DATA_DIR: '' })).toBe(join(userData, 'data'));
    expect(resolveDataDir(['electron', 'main.js', '--data'], {})).toBe(join(userData, 'data'));
    expect(resolveDataDir(['electron', 'main.js', '--data', '--kiosk'], {})).toBe(join(userData, 'data'));
  });
});

describe('CSP on every response', () => {
  it('replaces whatever CSP a response carried, in any case, and keeps other headers', () => {
    const headers = withContentSecurityPolicy({ 'content-security-policy': ["default-src *"], 'CONTENT-SECURITY-POLICY': ['script-src *'], 'Content-Type': ['text/html'] });
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [contentSecurityPolicy] });
    expect(withContentSecurityPolicy(undefined)).toEqual({ 'Content-Security-Policy': [contentSecurityPolicy] });
  });

  it('allows no inline or eval script, no plugins, no frames', () => {
    const directives = Object.fromEntries(contentSecurityPolicy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['frame-src']).toEqual(["'none'"]);
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|\*|http:/);
  });
});
