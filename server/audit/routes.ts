// The audit log over HTTP: devices' "opened record" events, the audit screen's list and
// its CSV export. There is deliberately no route that changes or removes an audit row.
import type { FastifyPluginCallback } from 'fastify';
import {
  auditPageSchema,
  auditQuerySchema,
  consultationsRequestSchema,
  consultationsResponseSchema,
} from '#domain/audit';
import type { Config } from '#server/platform/config';
import { requireSignedIn } from '#server/auth/session-plugin';
import type { ZodTypeProvider } from '#server/platform/plugins/zod';
import { auditCsv, auditPage, recordConsultations } from './audit';
import { requireGrant } from '#server/auth/guard';
import { toActor } from '#server/auth/sessions';

export const auditRoutes: FastifyPluginCallback<{ config: Config }> = (fastify, _options, done) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  // Any signed-in user may report what they opened; each event is checked against what they may read.
  app.post(
    '/api/audit/consultations',
    { schema: { body: consultationsRequestSchema, response: { 200: consultationsResponseSchema } } },
    async (request) => {
      const actor = toActor(requireSignedIn(request));
      return { results: await recordConsultations(app.store.db, actor, request.body) };
    },
  );

  app.get(
    '/api/audit',
    { schema: { querystring: auditQuerySchema, response: { 200: auditPageSchema } } },
    async (request) => {
      const granted = requireGrant(request, 'audit', 'read');
      return auditPage(app.store.db, granted, request.query);
    },
  );

  app.get('/api/audit.csv', { schema: { querystring: auditQuerySchema } }, async (request, reply) => {
    const granted = requireGrant(request, 'audit', 'read');
    const { csv } = await auditCsv(app.store.db, granted, request.query);
    const day = new Date().toISOString().slice(0, 10);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="beatbook-audit-${day}.csv"`)
      .header('cache-control', 'no-store')
      .send(csv);
  });
  done();
};
