import { spawn } from 'node:child_process';
import { serve } from './serve';
import { mkdirSync, existsSync, writeFileSync } from 'node:fs';
import { rendererDir } from '../paths';
import { join } from 'node:path';

/**
 * `npm run dev`: the web mode's API on 5190 and Vite's dev server (hot reload) on 5173,
 * which proxies /api and /files to it. Open http://127.0.0.1:5173/.
 */
const renderer = rendererDir();
if (!existsSync(join(renderer, 'index.html'))) {
  mkdirSync(renderer, { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><p>Use the Vite dev server on port 5173.</p>');
}
await serve([...process.argv.slice(2), '--port', '5190']);
spawn('npx', ['vite'], { stdio: 'inherit' }).on('exit', (code) => process.exit(code ?? 0));
