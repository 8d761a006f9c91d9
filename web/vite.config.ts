import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Vite configuration of the web front end. The build is run from the repository root
 * (`vite build --config web/vite.config.ts`), so the root is pinned to this folder:
 * `index.html`, `public/` and the `dist/` output all live under `web/`.
 */
const webRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: webRoot,
  base: '/',
  publicDir: 'public',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Every asset (fonts, icons) is emitted as a file, never inlined as a data: URL,
    // so the Content-Security-Policy can stay strict.
    assetsInlineLimit: 0,
    sourcemap: true,
  },
  server: {
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
});
