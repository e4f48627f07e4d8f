import { sql } from 'kysely';
import { healthSchema } from '#domain/session';
import type { FastifyPluginCallback } from 'fastify';
import type { ZodTypeProvider } from './plugins/zod';

export const healthRoutes: FastifyPluginCallback<{ version: string }> = (fastify, { version }, done) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/health',
    { config: { public: true }, schema: { response: { 200: healthSchema } } },
    async () => {
      // A real round trip, so a load balancer takes an instance out when its database is gone.
      await sql`select 1`.execute(app.store.db);
      return { status: 'ok' as const, database: app.store.kind, version };
    },
  );
  done();
};
