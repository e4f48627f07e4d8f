import type { FastifyPluginCallback } from 'fastify';
import { pullQuerySchema, pushRequestSchema, pushResponseSchema } from '#domain/sync';
import { requireSignedIn } from '#server/auth/session-plugin';
import type { ZodTypeProvider } from '#server/platform/plugins/zod';
import { pullJson } from './pull';
import { push } from './push';
import { toActor } from '#server/auth/sessions';

export const syncRoutes: FastifyPluginCallback = (fastify, _options, done) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/sync/push',
    { schema: { body: pushRequestSchema, response: { 200: pushResponseSchema } } },
    async (request) => {
      const actor = toActor(requireSignedIn(request));
      const response = await push(app.store.db, { actor, deviceId: request.body.deviceId }, request.body);
      app.metrics.pushed(
        response.results,
        request.body.mutations.map((m) => m.at),
      );
      return response;
    },
  );

  app.get(
    '/api/sync/pull',
    // No response schema here: the body is built as JSON text in the shape of pullResponseSchema
    // (pull.ts, checked by the sync-pull tests), and a schema would parse it all over again.
    { schema: { querystring: pullQuerySchema } },
    async (request, reply) => {
      const actor = toActor(requireSignedIn(request));
      const started = performance.now();
      // The page is built as JSON text (pull.ts); a string is sent as it is, not re-serialised.
      const page = await pullJson(app.store.db, actor, request.query.deviceId ?? null, request.query);
      app.metrics.pulled(page.changes);
      // The page's server time (feed reads, pull log, JSON), for the bench and browser dev tools.
      reply.header('server-timing', `pull;dur=${(performance.now() - started).toFixed(1)}`);
      return reply.type('application/json; charset=utf-8').send(page.json);
    },
  );
  done();
};
