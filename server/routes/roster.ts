// Who is in my teams, so the app can name them offline (issue 3). See services/roster.ts for who
// sees whom.
import type { FastifyPluginCallback } from 'fastify';
import { rosterResponseSchema } from '#domain/roster';
import type { Config } from '../config';
import { requireSignedIn } from '../plugins/auth';
import type { ZodTypeProvider } from '../plugins/zod';
import { rosterFor } from '../services/roster';
import { toActor } from '../services/sessions';

export const rosterRoutes: FastifyPluginCallback<{ config: Config }> = (fastify, _options, done) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get('/api/roster', { schema: { response: { 200: rosterResponseSchema } } }, async (request) => {
    // Every signed-in role has a roster (at least themselves); no record is read, so no grant.
    const actor = toActor(requireSignedIn(request));
    return { members: await rosterFor(app.store.db, actor) };
  });
  done();
};
