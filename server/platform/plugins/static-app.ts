// Serves the built app from dist/ and answers everything nothing else matched. Hashed files
// under /assets never change, so browsers keep them a year; everything else (index.html, sw.js,
// the manifest) must be revalidated or an app update would never reach the officers.
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';
import { errorBody } from '#server/platform/errors';
import { globalPlugin } from './global-plugin';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

function isHashedAsset(root: string, file: string): boolean {
  return path.relative(root, file).split(path.sep)[0] === 'assets';
}

export const staticApp: FastifyPluginAsync<{ staticDir: string | null }> = globalPlugin(
  async (app, { staticDir }) => {
    const root =
      staticDir !== null && existsSync(path.join(staticDir, 'index.html')) ? path.resolve(staticDir) : null;
    if (root !== null) {
      await app.register(fastifyStatic, {
        root,
        cacheControl: false,
        setHeaders: (reply, file) => {
          reply.header('cache-control', isHashedAsset(root, file) ? IMMUTABLE : REVALIDATE);
        },
      });
    }
    app.setNotFoundHandler(async (request, reply) => {
      const pathname = request.url.split('?')[0] ?? '';
      const isPage =
        request.method === 'GET' && !pathname.startsWith('/api/') && !pathname.startsWith('/assets/');
      // SPA fallback: the app's own routes (/problems/…) are rendered by index.html.
      if (root !== null && isPage && (request.headers.accept ?? '').includes('text/html')) {
        return reply
          .header('cache-control', REVALIDATE)
          .type('text/html; charset=utf-8')
          .sendFile('index.html');
      }
      return reply.code(404).send(errorBody('not_found'));
    });
  },
);
