// Good practice and exports: the analysts' CSV export of problems, and the audit event
// for a printed case study. Publishing itself goes through sync (a good_practice review; see
// server/good-practice/publish.ts). Both routes here are disclosures and are audited.
import type { FastifyPluginCallback } from 'fastify';
import { z } from 'zod';
import type { Config } from '#server/platform/config';
import { ApiError } from '#server/platform/errors';
import type { ZodTypeProvider } from '#server/platform/plugins/zod';
import { writeAudit } from '#server/platform/store/audit-log';
import { findRecord } from '#server/platform/store/records';
import { canReadRecord } from '#server/sync/access';
import { problemsCsv } from './exports';
import { requireGrant } from '#server/auth/guard';

const printParams = z.strictObject({ id: z.uuid() });

export const goodPracticeRoutes: FastifyPluginCallback<{ config: Config }> = (fastify, _options, done) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/exports/problems.csv', async (request, reply) => {
    const { actor } = requireGrant(request, 'exports', 'read');
    const { csv, count } = await problemsCsv(app.store.db, actor);
    await writeAudit(app.store.db, {
      userId: actor.id,
      action: 'export.problems_csv',
      collection: 'problems',
      details: { rows: count, role: actor.role, teamIds: actor.teamIds },
    });
    const day = new Date().toISOString().slice(0, 10);
    return reply
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="beatbook-problems-${day}.csv"`)
      .header('Cache-Control', 'no-store')
      .send(csv);
  });

  // The app calls this when a case study is opened for printing: the print itself happens in the
  // browser, so this is where the disclosure is recorded.
  app.post('/api/good-practice/:id/print', { schema: { params: printParams } }, async (request, reply) => {
    const { actor } = requireGrant(request, 'published', 'read');
    const copy = await findRecord(app.store.db, 'published', request.params.id);
    if (copy === undefined || copy.deleted || !canReadRecord(actor, 'published', copy.teamId))
      throw new ApiError('not_found', 404);
    await writeAudit(app.store.db, {
      userId: actor.id,
      action: 'export.case_study_print',
      collection: 'published',
      recordId: copy.id,
      details: { problemId: copy.data.problemId },
    });
    return reply.code(204).send();
  });
  done();
};
