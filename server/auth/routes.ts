import type { FastifyPluginCallback } from 'fastify';
import { meSchema, signInRequestSchema } from '#domain/session';
import type { Config } from '#server/platform/config';
import { clearSessionCookie, requireSignedIn, setSessionCookie } from './session-plugin';
import type { ZodTypeProvider } from '#server/platform/plugins/zod';
import { writeAudit } from '#server/platform/store/audit-log';
import { deleteSession, deleteSessionsOfUser } from './store/sessions';
import { signIn, toMe } from './sessions';
import { passwordSignInAllowed } from './local-passwords';
import { ApiError } from '#server/platform/errors';

export const sessionRoutes: FastifyPluginCallback<{ config: Config }> = (fastify, { config }, done) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const throttle = config.signInThrottle;

  app.post(
    '/api/session',
    {
      // The per-minute limit is per instance (in memory) and only blunts floods; the brute-force
      // protection that holds across instances is the database-backed throttle in signIn.
      config: { public: true, rateLimit: { max: config.signInPerMinute, timeWindow: 60_000 } },
      schema: { body: signInRequestSchema, response: { 200: meSchema } },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      try {
        if (!passwordSignInAllowed(config, username)) throw new ApiError('local_passwords_off', 403);
        const { token, me, userId } = await signIn(app.store.db, config, throttle, {
          username,
          password,
          ip: request.ip,
        });
        await writeAudit(app.store.db, { userId, action: 'session.sign_in', details: { ip: request.ip } });
        setSessionCookie(request, reply, config, token);
        return me;
      } catch (error) {
        if (error instanceof ApiError) {
          await writeAudit(app.store.db, {
            userId: null,
            action:
              error.statusCode === 429 || error.code === 'local_passwords_off'
                ? 'session.sign_in_refused'
                : 'session.sign_in_failed',
            details: { username, ip: request.ip, code: error.code },
          });
          const retry = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
          if (typeof retry === 'number') void reply.header('Retry-After', String(retry));
        }
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

  // Sign out everywhere: every session of mine, on every device, ends now.
  app.delete('/api/sessions', async (request, reply) => {
    const signedIn = requireSignedIn(request);
    const ended = await deleteSessionsOfUser(app.store.db, signedIn.user.id);
    await writeAudit(app.store.db, {
      userId: signedIn.user.id,
      action: 'session.sign_out_everywhere',
      details: { sessions: ended },
    });
    clearSessionCookie(request, reply, config);
    return reply.code(204).send();
  });

  app.get('/api/me', { schema: { response: { 200: meSchema } } }, (request, reply) => {
    void reply.send(toMe(requireSignedIn(request)));
  });
  done();
};
