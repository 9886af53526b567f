import * as path from 'node:path';

import { defineConfig } from 'vite';

/**
 * The console, built to dist/console for the API to serve at `/`. Asset names carry a content hash, so
 * the API can let browsers keep them for a year; index.html itself is never cached.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  build: {
    outDir: path.resolve(import.meta.dirname, '../../dist/console'),
    emptyOutDir: true,
    assetsDir: 'assets',
    // No inline script: the strict CSP (script-src 'self') would refuse it.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1024,
    rolldownOptions: {
      // TanStack Query marks its modules "use client" for React Server Components; a browser bundle has no use for it.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') {
          warn(warning);
        }
      },
    },
  },
  server: { proxy: { '/v1': 'http://127.0.0.1:3000', '/auth': 'http://127.0.0.1:3000' } },
});
