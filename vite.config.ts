import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './electron/window/csp.ts';

// The renderer is built once and served by Electron (kiosk:// protocol) or by the local web mode.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [
    react(),
    {
      // The same CSP as the web mode's header, as a meta tag for Electron (build only: dev needs HMR).
      name: 'kiosk-csp',
      apply: 'build',
      transformIndexHtml: (html) => html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`),
    },
  ],
  build: { outDir: '../dist/renderer', emptyOutDir: true, target: 'chrome130', chunkSizeWarningLimit: 2500 },
  server: {
    port: 5173, strictPort: true, host: '127.0.0.1',
    proxy: { '/api': 'http://127.0.0.1:5190', '/files': 'http://127.0.0.1:5190' },
  },
  test: {
    root: '.',
    dir: 'tests/unit',
    include: ['**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
  },
});
