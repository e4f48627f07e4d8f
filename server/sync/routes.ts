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
      return push(app.store.db, { actor, deviceId: request.body.deviceId }, request.body);
    },
  );

  app.get(
    '/api/sync/pull',
    { schema: { querystring: pullQuerySchema, response: { 200: pullResponseSchema } } },
    async (request) => {
      const actor = toActor(requireSignedIn(request));
      return pull(app.store.db, actor, request.query.deviceId ?? null, request.query);
    },
  );
  done();
};
