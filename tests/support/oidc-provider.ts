// A real OpenID provider (oidc-provider v9) on a loopback port, for the integration test and the
// browser test. Its built-in development screens ask for "any login"; the account id typed there
// becomes the preferred_username claim, so a test signs in as whichever Beatbook username it
// needs, including ones Beatbook does not know. Consent is granted up front (a first-party app).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

export async function startOidcProvider(redirectUri: string): Promise<TestProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  const clientId = 'beatbook';
  const clientSecret = 'beatbook-test-secret-0123456789';
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    findAccount: (_ctx, id) =>
      Promise.resolve({
        accountId: id,
        claims: () => Promise.resolve({ sub: id, preferred_username: id, name: id }),
      }),
    claims: { openid: ['sub'], profile: ['preferred_username', 'name'], email: ['email'] },
    loadExistingGrant: async (ctx) => {
      const accountId = ctx.oidc.session?.accountId;
      const client = ctx.oidc.client;
      if (accountId === undefined || client === undefined) return undefined;
      const grant = new ctx.oidc.provider.Grant({ accountId, clientId: client.clientId });
      grant.addOIDCScope('openid profile email');
      await grant.save();
      return grant;
    },
    cookies: { keys: ['test-cookie-key-not-secret'] },
    // Set, so the provider does not print a notice for each default on first use.
    ttl: { Interaction: 600, Grant: 600, Session: 600, AccessToken: 600, IdToken: 600 },
  });
  const handler = provider.callback();
  server.on('request', handler);
  return {
    issuer,
    clientId,
    clientSecret,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

/** The provider's own pages driven over HTTP, as a browser would: a tiny cookie jar and redirects. */
export async function signInAtProvider(authorizationUrl: string, login: string): Promise<URL> {
  const jar = new Map<string, string>();
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  let url = new URL(authorizationUrl);
  let body: URLSearchParams | undefined;
  for (let hops = 0; hops < 10; hops += 1) {
    const response = await fetch(url, {
      method: body === undefined ? 'GET' : 'POST',
      redirect: 'manual',
      headers: { cookie: cookieHeader() },
      ...(body === undefined ? {} : { body }),
    });
    keep(response);
    body = undefined;
    const location = response.headers.get('location');
    if (location !== null) {
      const next = new URL(location, url);
      // Back at the app: the caller finishes there.
      if (next.origin !== url.origin || next.pathname.startsWith('/api/')) return next;
      url = next;
      continue;
    }
    const page = await response.text();
    if (response.status !== 200 || !page.includes('name="login"'))
      throw new Error(`provider answered ${String(response.status)}: ${page.slice(0, 500)}`);
    body = new URLSearchParams({ prompt: 'login', login, password: 'any' });
  }
  throw new Error('too many redirects at the provider');
}
