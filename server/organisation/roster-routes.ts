// Who is in my teams, so the app can name them offline (see roster.ts for who sees whom), and
// the force's area outlines, so the map can draw them offline.
import type { FastifyPluginCallback } from 'fastify';
import { rosterResponseSchema } from '#domain/roster';
import { mapAreasReplySchema } from '#domain/organisation';
import type { Config } from '#server/platform/config';
import { requireSignedIn } from '#server/auth/session-plugin';
import type { ZodTypeProvider } from '#server/platform/plugins/zod';
import { rosterFor, rosterTeams } from './roster';
import { areaOutlines } from './store/organisation';
import { toActor } from '#server/auth/sessions';

export const rosterRoutes: FastifyPluginCallback<{ config: Config }> = (fastify, _options, done) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get('/api/roster', { schema: { response: { 200: rosterResponseSchema } } }, async (request) => {
    // Every signed-in role has a roster (at least themselves); no record is read, so no grant.
    const actor = toActor(requireSignedIn(request));
    const [members, teams] = await Promise.all([
      rosterFor(app.store.db, actor),
      rosterTeams(app.store.db, actor),
    ]);
    return { members, teams };
  });
  // The force's areas (districts, wards, beats) with their outlines, so the map has shape without
  // a tile server. Names and shapes of places, no personal data: any signed-in role may read them.
  app.get('/api/map/areas', { schema: { response: { 200: mapAreasReplySchema } } }, async (request) => {
    requireSignedIn(request);
    return { areas: await areaOutlines(app.store.db) };
  });
  done();
};
