// Health for load balancers and orchestrators. /api/health is readiness: the database answers
// and every migration this code knows has run, so a balancer sends no traffic to an instance
// that cannot serve it (503 not_ready otherwise). /api/health/live is liveness: the process
// answers at all, whatever the database is doing, so a database outage does not make an
// orchestrator restart every instance in a loop.
import { sql } from 'kysely';
import { healthSchema } from '#domain/session';
import type { FastifyPluginCallback } from 'fastify';
import { pendingMigrations } from './database/migrate';
import { ApiError } from './errors';
import type { ZodTypeProvider } from './plugins/zod';

export const healthRoutes: FastifyPluginCallback<{ version: string }> = (fastify, { version }, done) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/health',
    { config: { public: true }, schema: { response: { 200: healthSchema } } },
    async (request) => {
      try {
        // A real round trip, so a load balancer takes an instance out when its database is gone.
        await sql`select 1`.execute(app.store.db);
        const pending = await pendingMigrations(app.store.db);
        if (pending.length > 0) {
          request.log.warn({ pending }, 'not ready: migrations not applied');
          throw new ApiError('not_ready', 503, { pendingMigrations: pending.length });
        }
      } catch (error) {
        if (error instanceof ApiError) throw error;
        request.log.error({ err: error }, 'not ready: database unreachable');
        throw new ApiError('not_ready', 503);
      }
      return { status: 'ok' as const, database: app.store.kind, version };
    },
  );
  app.get('/api/health/live', { config: { public: true } }, () => Promise.resolve({ status: 'ok' }));
  done();
};
