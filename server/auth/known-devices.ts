// The device credential (issue 13, item 4). A browser that signs in successfully is given a random
// 32-byte token in the `bb_device` cookie (httpOnly, sent only to the sign-in routes, kept for
// `deviceDays`; SameSite=Lax, not Strict, so it reaches the OpenID callback, a navigation from the
// provider's site, and since it grants nothing a cross-site request could use); the server stores only its sha256, with the user who signed in.
// It grants nothing by itself: it only tells the sign-in throttle that this attempt comes from a
// device that signed in as this officer before, so its failures are counted on their own and
// nobody else's guessing can lock it out (sign-in-throttle.ts). One browser can be known for
// several officers (a shared station computer). "Sign out everywhere", disabling an account and
// an admin's password reset forget every device of that officer; a plain sign-out keeps it, as
// the officer's own phone stays theirs.
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Config } from '#server/platform/config';
import type { Tables } from '#server/platform/database/tables';
import { isSecureRequest } from '#server/platform/plugins/security-headers';
import { isIssuedDevice, isKnownDevice, saveKnownDevice } from './store/known-devices';

export const DEVICE_COOKIE = 'bb_device';
/** Sent only to /api/session and below: the password and OpenID sign-in routes. */
const COOKIE_PATH = '/api/session';
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const DAY = 86_400_000;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** The presented credential (well-formed), or null. */
function presented(request: FastifyRequest): string | null {
  const token = request.cookies[DEVICE_COOKIE];
  return token !== undefined && TOKEN.test(token) ? token : null;
}

/** The credential's hash if this request comes from a device known for `userId`, else null. */
export async function knownDeviceOf(
  db: Kysely<Tables>,
  request: FastifyRequest,
  userId: string | undefined,
): Promise<string | null> {
  const token = presented(request);
  if (token === null || userId === undefined) return null;
  const hash = hashOf(token);
  return (await isKnownDevice(db, hash, userId, new Date().toISOString())) ? hash : null;
}

/**
 * After a successful sign-in: remembers this device for the user and (re)sets the cookie. A
 * credential this server issued is kept (and becomes known for this user too); anything else
 * presented is replaced by a fresh one, so a planted value is never adopted.
 */
export async function rememberDevice(
  db: Kysely<Tables>,
  request: FastifyRequest,
  reply: FastifyReply,
  config: Config,
  userId: string,
): Promise<void> {
  const now = Date.now();
  const current = presented(request);
  const issued = current !== null && (await isIssuedDevice(db, hashOf(current), new Date(now).toISOString()));
  const token = issued ? current : randomBytes(32).toString('base64url');
  const days = config.signInThrottle.deviceDays;
  await saveKnownDevice(db, {
    tokenHash: hashOf(token),
    userId,
    now: new Date(now).toISOString(),
    expiresAt: new Date(now + days * DAY).toISOString(),
  });
  reply.setCookie(DEVICE_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: COOKIE_PATH,
    secure: isSecureRequest(request, config.cookieSecure),
    maxAge: days * 86_400,
  });
}
