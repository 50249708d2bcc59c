import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';

/**
 * The repository (or unpacked app) root: found by walking up to package.json, so the same code
 * works from `electron/` under tsx and from `dist/electron/` once bundled.
 */
export function appRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return dir;
}

export const sampleDir = (root = appRoot()) => join(root, 'resources', 'sample');
export const rendererDir = (root = appRoot()) => join(root, 'dist', 'renderer');

/** The app's version from its package.json ('unknown' when it cannot be read): what a backup says made it. */
export function appVersion(root = appRoot()): string {
  try {
    const pkg: unknown = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const version = typeof pkg === 'object' && pkg !== null ? (pkg as { version?: unknown }).version : undefined;
    return typeof version === 'string' ? version : 'unknown';
  } catch {
    return 'unknown';
  }
}
