// Sign-in through the force's OpenID provider. Start sends the browser to the provider with a
// fresh state, nonce and PKCE challenge; the callback checks them, finds the Beatbook user the
// provider vouched for and opens the same session a password sign-in opens. Throttle and audit
// rows are the password route's own (`session.sign_in`, `session.sign_in_failed`,
// `session.sign_in_refused`), with `method: 'oidc'`.
import type { FastifyPluginCallback, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '#server/platform/config';
import { ApiError } from '#server/platform/errors';
import { writeAudit } from '#server/platform/store/audit-log';
import { findUserByUsername } from '#server/platform/store/users';
import { openSession } from '../sessions';
import { setSessionCookie } from '../session-plugin';
import { knownDeviceOf, rememberDevice } from '../known-devices';
import { checkAllowed, recordFailure, recordSuccess } from '../sign-in-throttle';
import { oidcProvider } from './provider';
import { refusalPage, type RefusalReason } from './refusal-page';
import type { OidcSettings } from './settings';
import { safeReturnPath, saveTransaction, takeTransaction } from './transaction';

const STATUS: Record<RefusalReason, number> = {
  unknown_user: 403,
  disabled_user: 403,
  no_username: 403,
  failed: 400,
  throttled: 429,
  unreachable: 502,
};

/** The claim as a Beatbook username: sign-in lower-cases usernames, so this does too. */
function usernameFrom(claims: Record<string, unknown>, claim: string): string | undefined {
  const value = claims[claim];
  return typeof value === 'string' && value.trim() !== '' ? value.trim().toLowerCase() : undefined;
}

export const oidcRoutes: FastifyPluginCallback<{ config: Config; oidc: OidcSettings }> = (
  app,
  { config, oidc },
  done,
) => {
  const provider = oidcProvider(oidc);
  // Same flood limit as the password route; the per-account and per-address throttle below
  // holds across instances.
  const rateLimit = { max: config.signInPerMinute, timeWindow: 60_000 };

  function refuse(reply: FastifyReply, reason: RefusalReason, username = ''): FastifyReply {
    return reply
      .code(STATUS[reason])
      .header('Cache-Control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(refusalPage(reason, oidc.displayName, username));
  }

  app.get('/api/session/oidc/start', { config: { public: true, rateLimit } }, async (request, reply) => {
    const returnTo = safeReturnPath((request.query as Record<string, unknown>).returnTo);
    let started;
    try {
      started = await provider.start(returnTo);
    } catch (error) {
      request.log.error({ err: error }, 'OpenID provider discovery failed');
      return refuse(reply, 'unreachable');
    }
    saveTransaction(request, reply, config.cookieSecure, started.transaction);
    return reply.header('Cache-Control', 'no-store').redirect(started.url.href, 302);
  });

  async function failed(request: FastifyRequest, username: string | null, code: string): Promise<void> {
    await writeAudit(app.store.db, {
      userId: null,
      action:
        code === 'rate_limited' || code === 'account_locked' || code === 'device_locked'
          ? 'session.sign_in_refused'
          : 'session.sign_in_failed',
      details: { username, ip: request.ip, code, method: 'oidc' },
    });
  }

  app.get('/api/session/oidc/callback', { config: { public: true, rateLimit } }, async (request, reply) => {
    const transaction = takeTransaction(request, reply, config.cookieSecure);
    const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
    if (transaction === undefined) {
      await failed(request, null, 'oidc_no_transaction');
      return refuse(reply, 'failed');
    }
    let claims: Record<string, unknown>;
    try {
      claims = await provider.finish(query, transaction);
    } catch (error) {
      // A wrong state or nonce, a cancelled prompt, a replayed or expired code: never a session.
      request.log.warn({ err: error }, 'OpenID sign-in refused');
      await failed(request, null, 'oidc_failed');
      return refuse(reply, 'failed');
    }
    const username = usernameFrom(claims, oidc.usernameClaim);
    if (username === undefined) {
      await failed(request, null, 'oidc_no_username');
      return refuse(reply, 'no_username');
    }
    const user = await findUserByUsername(app.store.db, username);
    const place = {
      username,
      ip: request.ip,
      knownDevice: await knownDeviceOf(app.store.db, request, user?.id),
    };
    try {
      await checkAllowed(app.store.db, config.signInThrottle, place);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      await failed(request, username, error.code);
      return refuse(reply, 'throttled');
    }
    if (user === undefined || user.disabled) {
      await recordFailure(app.store.db, config.signInThrottle, place);
      const reason = user === undefined ? 'unknown_user' : 'disabled_user';
      await failed(request, username, `oidc_${reason}`);
      return refuse(reply, reason, username);
    }
    await recordSuccess(app.store.db, config.signInThrottle, place);
    const { token, userId } = await openSession(app.store.db, config, user);
    await rememberDevice(app.store.db, request, reply, config, userId);
    await writeAudit(app.store.db, {
      userId,
      action: 'session.sign_in',
      details: {
        ip: request.ip,
        method: 'oidc',
        subject: typeof claims.sub === 'string' ? claims.sub : null,
      },
    });
    setSessionCookie(request, reply, config, token);
    // The app finishes on its own page: it fetches /api/me and remembers the officer on this
    // device, exactly as after a password sign-in.
    const to = new URLSearchParams({ to: transaction.returnTo });
    return reply.header('Cache-Control', 'no-store').redirect(`/sign-in/complete?${to.toString()}`, 302);
  });
  done();
};
