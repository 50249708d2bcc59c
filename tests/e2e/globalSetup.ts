import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

/** The web mode serves the built renderer: build it when a run starts without one. */
export default function globalSetup() {
  const dir = process.env.E2E_RENDERER_DIR; // see support/server.ts
  if (dir) { if (!existsSync(`${dir}/index.html`)) execSync(`npx vite build --outDir ${JSON.stringify(dir)} --emptyOutDir --logLevel warn`, { stdio: 'inherit' }); return; }
  if (!existsSync('dist/renderer/index.html')) execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
}
