import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The renderer is built once and served by Electron (file protocol) or by the local web mode.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, target: 'chrome130', chunkSizeWarningLimit: 2500 },
  server: { port: 5173, strictPort: true, host: '127.0.0.1' },
  test: {
    root: '.',
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
  },
});
