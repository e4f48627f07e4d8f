// What the app needs to know about this installation that is not a record: for now the map tile
// server (TILE_URL, TILE_ATTRIBUTION). Signed-in only: nothing here is secret, but the app
// only asks once an officer is in, and an open route would be one more thing to rate-limit.
// The app remembers the answer on the device (src/client/patrol/data/map-data.ts) for offline maps.
import type { FastifyPluginCallback } from 'fastify';
import { z } from 'zod';
import type { Config } from './config';
import { requireSignedIn } from '#server/auth/session-plugin';
import type { ZodTypeProvider } from './plugins/zod';

/** `tileUrl` null: no tile server is configured, so maps draw on a plain background. */
export const clientConfigSchema = z.strictObject({
  tileUrl: z.string().nullable(),
  tileAttribution: z.string(),
});
export type ClientConfig = z.infer<typeof clientConfigSchema>;

export const clientConfigRoutes: FastifyPluginCallback<{ config: Config }> = (fastify, { config }, done) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get('/api/client-config', { schema: { response: { 200: clientConfigSchema } } }, (request) => {
    // Any signed-in role; no record is read, so no grant from the access table is needed.
    requireSignedIn(request);
    return Promise.resolve({
      tileUrl: config.tiles?.url ?? null,
      tileAttribution: config.tiles?.attribution ?? '',
    });
  });
  done();
};
