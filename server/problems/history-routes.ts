// GET /api/problems/:id/history: a problem's change history for its timeline.
import type { FastifyPluginCallback } from 'fastify';
import { z } from 'zod';
import { recordId } from '#domain/envelope';
import { problemHistorySchema } from '#domain/problem-history';
import type { ZodTypeProvider } from '#server/platform/plugins/zod';
import { requireGrant } from '#server/auth/guard';
import { problemHistory } from './history';

const paramsSchema = z.strictObject({ id: recordId });

export const problemHistoryRoutes: FastifyPluginCallback = (fastify, _options, done) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/problems/:id/history',
    { schema: { params: paramsSchema, response: { 200: problemHistorySchema } } },
    async (request) => {
      const { actor } = requireGrant(request, 'problems', 'read');
      return problemHistory(app.store.db, actor, request.params.id);
    },
  );
  done();
};
