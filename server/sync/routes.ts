import type { FastifyPluginCallback } from 'fastify';
import { pullQuerySchema, pullResponseSchema, pushRequestSchema, pushResponseSchema } from '#domain/sync';
import { requireSignedIn } from '#server/auth/session-plugin';
import type { ZodTypeProvider } from '#server/platform/plugins/zod';
import { pull } from './pull';
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
    { schema: { querystring: pullQuerySchema, response: { 200: pullResponseSchema } } },
    async (request) => {
      const actor = toActor(requireSignedIn(request));
      const page = await pull(app.store.db, actor, request.query.deviceId ?? null, request.query);
      app.metrics.pulled(page.changes.length);
      return page;
    },
  );
  done();
};
