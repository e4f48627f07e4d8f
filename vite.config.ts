// Builds the app shell into dist/ and the Workbox service worker (service-worker/sw.ts) beside it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { aliases } from './aliases.config';

const manifestPath = fileURLToPath(new URL('./manifest.webmanifest', import.meta.url));

/**
 * The web app manifest is our own file at the repo root (vite-plugin-pwa's generator is off).
 * Parsing it here means a broken manifest fails the build instead of silently stopping installs.
 */
function readManifest(): string {
  const text = readFileSync(manifestPath, 'utf8');
  JSON.parse(text);
  return text;
}

function webAppManifest(): Plugin {
  return {
    name: 'beatbook:web-app-manifest',
    configureServer(server) {
      server.middlewares.use('/manifest.webmanifest', (_req, res) => {
        res.setHeader('Content-Type', 'application/manifest+json');
        res.end(readManifest());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'manifest.webmanifest', source: readManifest() });
    },
  };
}

export default defineConfig({
  resolve: { alias: aliases },
  plugins: [
    react(),
    webAppManifest(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'service-worker',
      filename: 'sw.ts',
      // We register the worker ourselves (src/client/platform/pwa/register.ts) so updates wait for the officer.
      injectRegister: false,
      manifest: false,
      injectManifest: {
        // A classic (non-module) worker: Safari and Firefox handle it better (TOOLCHAIN.md).
        rollupFormat: 'iife',
        // scripts/check-precache.ts fails the build if a built file is left out of the precache.
        globPatterns: ['**/*.{js,css,html,png,webmanifest}'],
        sourcemap: false,
      },
      devOptions: { enabled: false },
    }),
  ],
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
    // Every browser the force issues (current Chrome/Edge, Safari 17+) preloads modules itself.
    modulePreload: { polyfill: false },
  },
  server: {
    proxy: {
      '/api': { target: 'http://localhost:8080', changeOrigin: false },
    },
  },
});
