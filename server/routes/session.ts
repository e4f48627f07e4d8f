import type { FastifyPluginCallback } from 'fastify';
import { meSchema, signInRequestSchema } from '#domain/session';
import type { Config } from '../config';
import { clearSessionCookie, requireSignedIn, setSessionCookie } from '../plugins/auth';
import type { ZodTypeProvider } from '../plugins/zod';
import { writeAudit } from '../store/audit';
import { deleteSession } from '../store/sessions';
import { signIn, toMe } from '../services/sessions';
import { ApiError } from '../errors';

export const sessionRoutes: FastifyPluginCallback<{ config: Config }> = (fastify, { config }, done) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/session',
    {
      config: { public: true, rateLimit: { max: config.signInPerMinute, timeWindow: 60_000 } },
      schema: { body: signInRequestSchema, response: { 200: meSchema } },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      try {
        const { token, me, userId } = await signIn(app.store.db, config, username, password);
        await writeAudit(app.store.db, { userId, action: 'session.sign_in', details: { ip: request.ip } });
        setSessionCookie(request, reply, config, token);
        return me;
      } catch (error) {
        if (error instanceof ApiError)
          await writeAudit(app.store.db, {
            userId: null,
            action: 'session.sign_in_failed',
            details: { username, ip: request.ip },
          });
        throw error;
      }
    },
  );

  app.delete('/api/session', async (request, reply) => {
    const signedIn = requireSignedIn(request);
    await deleteSession(app.store.db, signedIn.idHash);
    await writeAudit(app.store.db, { userId: signedIn.user.id, action: 'session.sign_out' });
    clearSessionCookie(request, reply, config);
    return reply.code(204).send();
  });

  app.get('/api/me', { schema: { response: { 200: meSchema } } }, (request, reply) => {
    void reply.send(toMe(requireSignedIn(request)));
  });
  done();
};
