import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';

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
