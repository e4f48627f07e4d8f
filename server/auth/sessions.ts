// Signing in and resolving the session cookie. The cookie carries a random 32-byte token; only
// its sha256 is stored, so the sessions table is useless to someone who copies the database.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Me, Team } from '#domain/session';
import type { Config, PasswordCost } from '#server/platform/config';
import { ApiError } from '#server/platform/errors';
import {
  deleteExpiredSessions,
  deleteSessionsOfUser,
  deleteSession,
  findSession,
  insertSession,
  touchSession,
} from './store/sessions';
import { deleteDevicesOfUser, deleteExpiredDevices } from './store/known-devices';
import type { Tables } from '#server/platform/database/tables';
import { findUserById, findUserByUsername, teamsOfUser, type StoredUser } from '#server/platform/store/users';
import type { Actor } from '#server/sync/access';
import { hashPassword, NO_PASSWORD, verifyPassword } from './passwords';
import { checkAllowed, recordFailure, recordSuccess, type ThrottlePolicy } from './sign-in-throttle';

const HOUR = 3_600_000;
/** last_seen_at is rewritten at most this often, so reads do not each cost a write. */
const TOUCH_EVERY_MS = 60_000;

export interface SignedIn {
  user: StoredUser;
  teams: Team[];
  idHash: string;
}

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export function toMe(s: Pick<SignedIn, 'user' | 'teams'>): Me {
  return {
    id: s.user.id,
    username: s.user.username,
    displayName: s.user.displayName,
    role: s.user.role,
    teams: s.teams,
  };
}

export function toActor(s: SignedIn): Actor {
  return { id: s.user.id, role: s.user.role, teamIds: s.teams.map((t) => t.id) };
}

// Unknown users are checked against this hash so that a wrong username costs as long as a wrong
// password: response time must not reveal which usernames exist.
const dummyHashes = new Map<number, Promise<string>>();
function dummyHash(cost: PasswordCost): Promise<string> {
  let hash = dummyHashes.get(cost.log2N);
  if (hash === undefined) {
    hash = hashPassword(randomBytes(16).toString('hex'), cost);
    dummyHashes.set(cost.log2N, hash);
  }
  return hash;
}

export interface SignInAttempt {
  username: string;
  password: string;
  /** The client address (X-Forwarded-For when TRUST_PROXY is set), for the per-address limit. */
  ip: string;
  /** The hash of the device credential presented, if it is known for this user (known-devices.ts). */
  knownDevice: (userId: string | undefined) => Promise<string | null>;
}

/**
 * Checks the throttle, then the password (against a dummy hash for an unknown user, so both
 * cost the same), counts a failure or clears the account's count, and opens a session. Every
 * refusal is the same for a user that does not exist, is disabled, or typed a wrong password.
 */
export async function signIn(
  db: Kysely<Tables>,
  config: Config,
  policy: ThrottlePolicy,
  attempt: SignInAttempt,
): Promise<{ token: string; me: Me; userId: string; knownDevice: boolean }> {
  const { username, password, ip } = attempt;
  const user = await findUserByUsername(db, username);
  const place = { username, ip, knownDevice: await attempt.knownDevice(user?.id) };
  await checkAllowed(db, policy, place);
  // A provider-only user (no password, NO_PASSWORD) is checked against the dummy hash too.
  const stored = user !== undefined && user.passwordHash !== NO_PASSWORD ? user.passwordHash : undefined;
  const ok = await verifyPassword(password, stored ?? (await dummyHash(config.passwordCost)));
  if (user === undefined || stored === undefined || !ok || user.disabled) {
    const outcome = await recordFailure(db, policy, place);
    if (outcome !== 'counted')
      throw new ApiError(outcome, 429, { retryAfterSeconds: policy.lockMinutes * 60 });
    throw new ApiError('invalid_credentials', 401);
  }
  await recordSuccess(db, policy, place);
  return { ...(await openSession(db, config, user)), knownDevice: place.knownDevice !== null };
}

/**
 * A new session for a user whose identity is proven (by password, or by the force's OpenID
 * provider): the same cookie, expiry and clean-up whichever way they signed in.
 */
export async function openSession(
  db: Kysely<Tables>,
  config: Config,
  user: StoredUser,
): Promise<{ token: string; me: Me; userId: string }> {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  // Expired and idle sessions go here, on each sign-in, rather than on a timer: every instance
  // signs people in, so no single process has to own a cleanup job.
  await deleteExpiredSessions(
    db,
    now.toISOString(),
    new Date(now.getTime() - config.sessionIdleHours * HOUR).toISOString(),
  );
  await deleteExpiredDevices(db, now.toISOString());
  await insertSession(db, {
    idHash: hashToken(token),
    userId: user.id,
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + config.sessionMaxHours * HOUR).toISOString(),
  });
  return { token, me: toMe({ user, teams: await teamsOfUser(db, user.id) }), userId: user.id };
}

/** The signed-in user for a cookie token, or why there is none. */
export async function resolveSession(
  db: Kysely<Tables>,
  config: Config,
  token: string,
): Promise<SignedIn | 'expired' | 'none'> {
  const idHash = hashToken(token);
  const session = await findSession(db, idHash);
  if (session === undefined) return 'none';
  const now = Date.now();
  const idleUntil = Date.parse(session.lastSeenAt) + config.sessionIdleHours * HOUR;
  if (now >= Date.parse(session.expiresAt) || now >= idleUntil) {
    await deleteSession(db, idHash);
    return 'expired';
  }
  const user = await findUserById(db, session.userId);
  if (user === undefined || user.disabled) {
    await deleteSession(db, idHash);
    return 'none';
  }
  if (now - Date.parse(session.lastSeenAt) > TOUCH_EVERY_MS)
    await touchSession(db, idHash, new Date(now).toISOString());
  return { user, teams: await teamsOfUser(db, user.id), idHash };
}

/**
 * Ends every session of a user (disabled, or their password reset) and forgets their known
 * devices; returns how many sessions ended.
 */
export async function endSessionsOfUser(db: Kysely<Tables>, userId: string): Promise<number> {
  await deleteDevicesOfUser(db, userId);
  return deleteSessionsOfUser(db, userId);
}
