// Retention review over HTTP: the queue of closed problems due for review, and the
// decision on one (retain with a reason and a new date, or erase). Supervisors, for their teams.
import type { FastifyPluginCallback } from 'fastify';
import { z } from 'zod';
import {
  retentionDecisionSchema,
  retentionOutcomeSchema,
  retentionQuerySchema,
  retentionQueueSchema,
} from '#domain/retention';
import { recordId } from '#domain/envelope';
import type { Config } from '#server/platform/config';
import type { ZodTypeProvider } from '#server/platform/plugins/zod';
import { grantHook, requireGrant } from '#server/auth/guard';
import { decideRetention, retentionQueue } from './retention';
import { writeAudit } from '#server/platform/store/audit-log';

export const retentionRoutes: FastifyPluginCallback<{ config: Config }> = (fastify, options, done) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const years = options.config.retentionYears;

  app.get(
    '/api/retention',
    { schema: { querystring: retentionQuerySchema, response: { 200: retentionQueueSchema } } },
    async (request) => {
      const granted = requireGrant(request, 'retention', 'read');
      const items = await retentionQueue(app.store.db, granted, request.query.show, years);
      // The queue lists closed problems by title and team: looking at it is a logged consultation.
      await writeAudit(app.store.db, {
        userId: granted.actor.id,
        action: 'consultation.retention',
        details: { show: request.query.show, rows: items.length },
      });
      return { items, retentionYears: years };
    },
  );

  app.post(
    '/api/retention/:problemId/decision',
    {
      // The grant first: a role that may not decide gets 403, not a lesson in the body's shape.
      preValidation: grantHook('retention', 'update'),
      schema: {
        params: z.strictObject({ problemId: recordId }),
        body: retentionDecisionSchema,
        response: { 200: retentionOutcomeSchema },
      },
    },
    async (request) => {
      const granted = requireGrant(request, 'retention', 'update');
      return decideRetention(app.store.db, granted, request.params.problemId, request.body);
    },
  );
  done();
};
