import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Which Node the project supports (README "Which Node"), held to the truth: the Node running these
 * tests is in the range, the README states that range, and every installed package accepts the
 * lowest version of each part of it, except exactly the Electron tools the README names.
 */

type Version = [number, number, number];
const parse = (v: string): Version => { const [a = 0, b = 0, c = 0] = v.replace(/^v/, '').split('.').map((n) => Number.parseInt(n, 10) || 0); return [a, b, c]; };
const compare = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** Enough of npm's range grammar for `engines.node`: `||`, >= > <= < = ^ ~, x and partial versions. */
function satisfies(version: string, range: string): boolean {
  const v = parse(version);
  return range.split('||').some((set) => {
    const parts = set.trim().replace(/([<>=^~]+)\s+/g, '$1').split(/\s+/).filter(Boolean);
    return parts.every((part) => {
      if (part === '*' || part === 'x') return true;
      const [, op = '', raw = ''] = /^([<>=^~]*)v?([\d.x*]+)$/.exec(part) ?? [];
      const given = raw.split('.').filter((p) => p !== 'x' && p !== '*').length;
      const want = parse(raw.replace(/[x*]/g, '0'));
      const c = compare(v, want);
      switch (op) {
        case '>=': return c >= 0;
        case '>': return c > 0;
        case '<=': return c <= 0;
        case '<': return c < 0;
        case '^': return c >= 0 && (want[0] > 0 ? v[0] === want[0] : v[1] === want[1]);
        case '~': return c >= 0 && v[0] === want[0] && (given < 2 || v[1] === want[1]);
        default: return given === 3 ? c === 0 : v[0] === want[0] && (given < 2 || v[1] === want[1]);
      }
    });
  });
}

/** Every copy of every package below node_modules (nested ones too) that declares `engines.node`. */
function declaredEngines(folder: string, found: [string, string][] = []): [string, string][] {
  if (!existsSync(folder)) return found;
  for (const entry of readdirSync(folder)) {
    if (entry.startsWith('.')) continue;
    const dirs = entry.startsWith('@') ? readdirSync(join(folder, entry)).map((e) => join(entry, e)) : [entry];
    for (const name of dirs) {
      const file = join(folder, name, 'package.json');
      if (!existsSync(file)) continue;
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; engines?: { node?: unknown } };
      if (typeof pkg.engines?.node === 'string') found.push([pkg.name ?? name, pkg.engines.node]);
      declaredEngines(join(folder, name, 'node_modules'), found);
    }
  }
  return found;
}

const engines = (JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } }).engines.node;
/** The lowest version of each part of our range. */
const floors = engines.split('||').map((part) => part.trim().replace(/^[\^>=~\s]+/, ''));
const electronTools = ['@electron-internal/extract-zip', '@electron/get', '@electron/rebuild', 'electron', 'node-abi'];

describe('the Node versions the project supports', () => {
  it('range matching reads npm ranges as npm does (the cases installed packages use)', () => {
    expect(satisfies('20.20.2', '^20.19.0 || >=22.13.0')).toBe(true);
    expect(satisfies('22.12.0', '^20.19.0 || ^22.13.0 || >=24')).toBe(false);
    expect(satisfies('20.19.0', '>= 22.12.0')).toBe(false);
    expect(satisfies('20.19.0', '^12.22.0 || ^14.17.0 || >=16.0.0')).toBe(true);
    expect(satisfies('20.19.0', '>=16.4')).toBe(true);
    expect(satisfies('20.19.0', '18.x || >=20')).toBe(true);
  });

  it('is what package.json says, and the Node running this test is in it', () => {
    expect(engines).toBe('^20.19.0 || >=22.13.0');
    expect(floors).toEqual(['20.19.0', '22.13.0']);
    expect(satisfies(process.versions.node, engines), `Node ${process.versions.node} is outside ${engines}`).toBe(true);
  });

  it('is what the README says', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain('**Node.js 20.19+ (20.x) or 22.13+** (`engines`: `^20.19.0 || >=22.13.0`)');
    for (const tool of ['`electron`', '`@electron/get`', '`@electron/rebuild`', '`node-abi`']) expect(readme).toContain(tool);
    expect(readme).toContain('**Node 22.12+**');
  });

  it('is accepted by every installed package, except exactly the Electron tools, which want 22.12 and accept 22.13', () => {
    const refusing = new Map<string, string[]>();
    for (const [name, range] of declaredEngines('node_modules')) {
      for (const floor of floors) if (!satisfies(floor, range)) refusing.set(name, [...new Set([...(refusing.get(name) ?? []), floor])]);
    }
    expect(Object.fromEntries(refusing)).toEqual(Object.fromEntries(electronTools.map((tool) => [tool, ['20.19.0']])));
  });
});
