/**
 * The officials' web app: plain TypeScript (no framework; a small DOM helper), built by Vite into
 * ../dist/web, which the API serves at / (api/webapp.ts). No CDN: everything is bundled. Nothing inline
 * (the CSP allows no inline script or style), so the module preload polyfill is off.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    target: 'es2022',
    reportCompressedSize: false,
  },
  server: { proxy: { '/v1': 'http://127.0.0.1:3000' } },
});
