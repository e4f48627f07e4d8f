// One browser's sign-in in progress (state, nonce, PKCE verifier), kept in a short-lived httpOnly
// cookie rather than in server memory, so the callback may land on any instance behind the
// load balancer. The cookie is not signed: it only ever holds values this browser's own start
// generated, and changing it can only break that browser's own sign-in, because the provider
// binds the code to the verifier (PKCE) and the ID token to the nonce, and openid-client checks
// both along with the state.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { CookieSecure } from '#server/platform/config';
import { isSecureRequest } from '#server/platform/plugins/security-headers';
import type { OidcTransaction } from './provider';

export const TRANSACTION_COOKIE = 'bb_oidc';
const PATH = '/api/session/oidc';
/** Long enough to type a password and approve a prompt on a phone; short enough to go stale. */
const MAX_AGE_SECONDS = 10 * 60;

const transactionSchema = z.strictObject({
  state: z.string().min(1).max(200),
  nonce: z.string().min(1).max(200),
  codeVerifier: z.string().min(43).max(128),
  returnTo: z.string().max(2000),
});

function options(request: FastifyRequest, cookieSecure: CookieSecure) {
  // Lax, not Strict: the provider's redirect back is a cross-site navigation, and a Strict
  // cookie would not travel with it.
  return {
    httpOnly: true,
    sameSite: 'lax',
    path: PATH,
    secure: isSecureRequest(request, cookieSecure),
  } as const;
}

export function saveTransaction(
  request: FastifyRequest,
  reply: FastifyReply,
  cookieSecure: CookieSecure,
  transaction: OidcTransaction,
): void {
  const value = Buffer.from(JSON.stringify(transaction)).toString('base64url');
  reply.setCookie(TRANSACTION_COOKIE, value, { ...options(request, cookieSecure), maxAge: MAX_AGE_SECONDS });
}

/** The transaction this browser started, or undefined (none, expired, or not ours). */
export function takeTransaction(
  request: FastifyRequest,
  reply: FastifyReply,
  cookieSecure: CookieSecure,
): OidcTransaction | undefined {
  const raw = request.cookies[TRANSACTION_COOKIE];
  // Used once: a replayed callback finds nothing to finish.
  reply.clearCookie(TRANSACTION_COOKIE, options(request, cookieSecure));
  if (raw === undefined || raw === '') return undefined;
  try {
    const parsed = transactionSchema.safeParse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Only a path inside the app: never an absolute URL, so the callback is no open redirect. */
export function safeReturnPath(raw: unknown): string {
  if (typeof raw !== 'string' || !raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\'))
    return '/';
  if (raw.startsWith('/api/') || raw.startsWith('/sign-in')) return '/';
  return raw.slice(0, 2000);
}
