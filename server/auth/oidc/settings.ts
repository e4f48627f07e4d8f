// OpenID Connect settings from the environment (read once by loadConfig). All or nothing: a
// half-configured provider stops the start with a plain message rather than failing at sign-in.
type Env = Record<string, string | undefined>;

export interface OidcSettings {
  issuer: URL;
  clientId: string;
  /** Undefined for a public client (PKCE alone); Entra ID web apps have one. */
  clientSecret: string | undefined;
  /** Where the provider sends the officer back: https://<host>/api/session/oidc/callback. */
  redirectUrl: URL;
  /** The ID-token claim that holds the Beatbook username (default preferred_username). */
  usernameClaim: string;
  /** Shown on the sign-in screen: "Sign in with <displayName>". */
  displayName: string;
}

export const OIDC_CALLBACK_PATH = '/api/session/oidc/callback';

function url(env: Env, name: string): URL {
  const raw = env[name] ?? '';
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new Error(`${name} must be a URL, not "${raw}"`);
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
  // Plain http only on this machine (development and tests); anything else must be TLS.
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback))
    throw new Error(`${name} must be an https URL (http only for localhost), not "${raw}"`);
  return parsed;
}

export function oidcSettings(env: Env): OidcSettings | undefined {
  const names = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_REDIRECT_URL'] as const;
  const given = names.filter((name) => (env[name] ?? '') !== '');
  if (given.length === 0) return undefined;
  const missing = names.filter((name) => !given.includes(name));
  if (missing.length > 0) throw new Error(`OpenID Connect needs ${missing.join(', ')} as well`);
  const redirectUrl = url(env, 'OIDC_REDIRECT_URL');
  if (redirectUrl.pathname !== OIDC_CALLBACK_PATH)
    throw new Error(`OIDC_REDIRECT_URL must end in ${OIDC_CALLBACK_PATH}, not "${redirectUrl.href}"`);
  const secret = env.OIDC_CLIENT_SECRET;
  return {
    issuer: url(env, 'OIDC_ISSUER'),
    clientId: env.OIDC_CLIENT_ID ?? '',
    clientSecret: secret === undefined || secret === '' ? undefined : secret,
    redirectUrl,
    usernameClaim:
      (env.OIDC_USERNAME_CLAIM ?? '') === '' ? 'preferred_username' : (env.OIDC_USERNAME_CLAIM ?? ''),
    displayName: (env.OIDC_DISPLAY_NAME ?? '') === '' ? 'your force account' : (env.OIDC_DISPLAY_NAME ?? ''),
  };
}
