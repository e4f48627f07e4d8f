// Who is in my teams, so the app can name them offline. See services/roster.ts for who
// sees whom.
import type { FastifyPluginCallback } from 'fastify';
import { rosterResponseSchema } from '#domain/roster';
import type { Config } from '#server/platform/config';
import { requireSignedIn } from '#server/auth/session-plugin';
import type { ZodTypeProvider } from '#server/platform/plugins/zod';
import { rosterFor, rosterTeams } from './roster';
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
  done();
};
