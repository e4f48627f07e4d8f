// Whether Beatbook's own passwords may be used, and what the sign-in screen should offer.
// With LOCAL_PASSWORDS=off only the break-glass accounts (BREAK_GLASS_USERS, admins kept for the
// day the force's identity provider is down or misconfigured) may sign in with a password; the
// answer depends only on configuration and the typed username, never on whether the user exists.
import type { FastifyPluginCallback } from 'fastify';
import { signInOptionsSchema, type SignInOptions } from '#domain/session';
import type { Config } from '#server/platform/config';
import type { ZodTypeProvider } from '#server/platform/plugins/zod';

export function passwordSignInAllowed(config: Config, username: string): boolean {
  return config.localPasswords === 'on' || config.breakGlassUsers.includes(username);
}

export function signInOptions(config: Config): SignInOptions {
  return {
    provider:
      config.oidc === undefined
        ? null
        : { name: config.oidc.displayName, startUrl: '/api/session/oidc/start' },
    localPasswords: config.localPasswords === 'on' ? 'on' : 'break_glass_only',
  };
}

export const signInOptionsRoutes: FastifyPluginCallback<{ config: Config }> = (fastify, { config }, done) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/session/options',
    { config: { public: true }, schema: { response: { 200: signInOptionsSchema } } },
    () => Promise.resolve(signInOptions(config)),
  );
  done();
};
