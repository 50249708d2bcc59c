import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

/** The web mode serves the built renderer: build it when a run starts without one. */
export default function globalSetup() {
  if (!existsSync('dist/renderer/index.html')) execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
}
