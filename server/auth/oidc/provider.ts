// The force's OpenID provider, through openid-client: the authorisation code flow with PKCE,
// state and nonce. Discovery runs on the first sign-in (not at start, so a provider outage
// never stops Beatbook starting) and is retried on the next sign-in if it failed.
import * as client from 'openid-client';
import type { OidcSettings } from './settings';

/** What one browser's sign-in needs to finish: kept in a short-lived cookie (see transaction.ts). */
export interface OidcTransaction {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** An app path to open afterwards (checked to be local). */
  returnTo: string;
}

export interface OidcProvider {
  /** A fresh transaction and the provider URL to send the browser to. */
  start(returnTo: string): Promise<{ url: URL; transaction: OidcTransaction }>;
  /**
   * Exchanges the code from the callback's query for tokens, checking state, PKCE and the ID
   * token's nonce, signature, issuer and audience. Returns the ID token's claims. Throws on any
   * mismatch.
   */
  finish(callbackQuery: string, transaction: OidcTransaction): Promise<Record<string, unknown>>;
}

const isLoopback = (url: URL) => ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);

export function oidcProvider(settings: OidcSettings): OidcProvider {
  let discovered: Promise<client.Configuration> | undefined;

  function configuration(): Promise<client.Configuration> {
    discovered ??= client
      .discovery(
        settings.issuer,
        settings.clientId,
        settings.clientSecret === undefined ? undefined : { client_secret: settings.clientSecret },
        settings.clientSecret === undefined ? client.None() : client.ClientSecretPost(settings.clientSecret),
        // Settings refuse plain http except on loopback (tests and development).
        isLoopback(settings.issuer) ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        discovered = undefined;
        throw error;
      });
    return discovered;
  }

  return {
    async start(returnTo) {
      const config = await configuration();
      const transaction: OidcTransaction = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        codeVerifier: client.randomPKCECodeVerifier(),
        returnTo,
      };
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUrl.href,
        scope: 'openid profile email',
        response_type: 'code',
        code_challenge: await client.calculatePKCECodeChallenge(transaction.codeVerifier),
        code_challenge_method: 'S256',
        state: transaction.state,
        nonce: transaction.nonce,
      });
      return { url, transaction };
    },

    async finish(callbackQuery, transaction) {
      const config = await configuration();
      // The registered redirect URL, not the request's own host: behind a load balancer the
      // request may arrive as http://10.0.0.5:8080, which the provider never saw.
      const current = new URL(settings.redirectUrl.href);
      current.search = callbackQuery;
      const tokens = await client.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: transaction.codeVerifier,
        expectedState: transaction.state,
        expectedNonce: transaction.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (claims === undefined) throw new Error('the provider returned no ID token');
      if (claims[settings.usernameClaim] !== undefined) return claims;
      // Providers that follow the spec strictly put profile claims only in the UserInfo answer
      // (Entra ID puts preferred_username in the ID token). The subject must match the ID token's.
      const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
      return { ...info, ...claims };
    },
  };
}
