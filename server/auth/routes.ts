import type { FastifyPluginCallback } from 'fastify';
import { meSchema, signInRequestSchema } from '#domain/session';
import type { Config } from '#server/platform/config';
import { clearSessionCookie, requireSignedIn, setSessionCookie } from './session-plugin';
import type { ZodTypeProvider } from '#server/platform/plugins/zod';
import { writeAudit } from '#server/platform/store/audit-log';
import { deleteSession } from './store/sessions';
import { endSessionsOfUser, signIn, toMe } from './sessions';
import { DEVICE_COOKIE, knownDeviceOf, rememberDevice } from './known-devices';
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
      // Keyed by address and device credential, so a flood from a shared address (a station's
      // NAT) does not keep a known device out either.
      config: {
        public: true,
        rateLimit: {
          max: config.signInPerMinute,
          timeWindow: 60_000,
          keyGenerator: (request) => `${request.ip}|${request.cookies[DEVICE_COOKIE] ?? ''}`,
        },
      },
      schema: { body: signInRequestSchema, response: { 200: meSchema } },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      try {
        if (!passwordSignInAllowed(config, username)) throw new ApiError('local_passwords_off', 403);
        const { token, me, userId, knownDevice } = await signIn(app.store.db, config, throttle, {
          username,
          password,
          ip: request.ip,
          knownDevice: (id) => knownDeviceOf(app.store.db, request, id),
        });
        await writeAudit(app.store.db, {
          userId,
          action: 'session.sign_in',
          details: { ip: request.ip, device: knownDevice ? 'known' : 'new' },
        });
        setSessionCookie(request, reply, config, token);
        await rememberDevice(app.store.db, request, reply, config, userId);
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
    // Also forgets the officer's known devices: this is what to do when a device is lost.
    const ended = await endSessionsOfUser(app.store.db, signedIn.user.id);
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
