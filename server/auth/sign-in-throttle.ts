// Brute-force protection for sign-in, per account and per address, counted in the database so
// every server instance behind a load balancer sees the same counts (a per-process counter would
// give an attacker N times the allowance over N instances).
//
// Per account (the username as typed, whether or not such a user exists, so the answers never
// reveal which usernames are real):
//   - the first `slowAfter` failures in the window are answered as usual;
//   - after that each attempt must wait `slowSeconds`, doubling with each further failure, since
//     the last failure; an attempt inside the wait is refused (429 rate_limited) without even
//     checking the password;
//   - at `lockAfter` failures the account is locked for `lockMinutes` (429 account_locked),
//     after which it starts afresh.
// Per address: `addressLimit` failures in the window refuse every attempt from that address
// (429 rate_limited) until the window passes; a spray over many usernames is caught here.
// A successful sign-in clears the account's count (not the address's: one good account must not
// wash an address's record of guessing at others).
import type { Kysely } from 'kysely';
import { ApiError } from '#server/platform/errors';
import { clearKey, countFailure, deleteStaleAttempts, findAttempts, lockKey } from './store/sign-in-attempts';
import type { Tables } from '#server/platform/database/tables';

export interface ThrottlePolicy {
  slowAfter: number;
  lockAfter: number;
  slowSeconds: number;
  lockMinutes: number;
  /** How far back failures count. */
  windowMinutes: number;
  addressLimit: number;
}

export const DEFAULT_THROTTLE: ThrottlePolicy = {
  slowAfter: 5,
  lockAfter: 10,
  slowSeconds: 2,
  lockMinutes: 15,
  windowMinutes: 15,
  addressLimit: 100,
};

type Env = Record<string, string | undefined>;

function whole(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} must be a positive whole number, not "${raw}"`);
  return value;
}

/** The policy from SIGN_IN_SLOW_AFTER, SIGN_IN_LOCK_AFTER, SIGN_IN_LOCK_MINUTES, SIGN_IN_ADDRESS_LIMIT. */
export function throttlePolicyFromEnv(env: Env): ThrottlePolicy {
  const lockMinutes = whole(env, 'SIGN_IN_LOCK_MINUTES', DEFAULT_THROTTLE.lockMinutes);
  const policy = {
    ...DEFAULT_THROTTLE,
    slowAfter: whole(env, 'SIGN_IN_SLOW_AFTER', DEFAULT_THROTTLE.slowAfter),
    lockAfter: whole(env, 'SIGN_IN_LOCK_AFTER', DEFAULT_THROTTLE.lockAfter),
    lockMinutes,
    windowMinutes: lockMinutes,
    addressLimit: whole(env, 'SIGN_IN_ADDRESS_LIMIT', DEFAULT_THROTTLE.addressLimit),
  };
  if (policy.slowAfter >= policy.lockAfter)
    throw new Error('SIGN_IN_SLOW_AFTER must be below SIGN_IN_LOCK_AFTER');
  return policy;
}

const MINUTE = 60_000;
const accountKey = (username: string) => `user:${username}`;
const addressKey = (ip: string) => `ip:${ip}`;
const iso = (ms: number) => new Date(ms).toISOString();

/** Seconds until the account may try again after `failures` failures, or 0. */
export function waitSeconds(policy: ThrottlePolicy, failures: number): number {
  if (failures < policy.slowAfter) return 0;
  return policy.slowSeconds * 2 ** (failures - policy.slowAfter);
}

function refuse(code: 'rate_limited' | 'account_locked', retryAfterMs: number): never {
  throw new ApiError(code, 429, { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) });
}

/** Throws 429 if this attempt may not even be checked. Call before verifying the password. */
export async function checkAllowed(
  db: Kysely<Tables>,
  policy: ThrottlePolicy,
  username: string,
  ip: string,
): Promise<void> {
  const now = Date.now();
  const windowFrom = iso(now - policy.windowMinutes * MINUTE);
  const address = await findAttempts(db, addressKey(ip));
  if (address !== undefined && address.windowStart >= windowFrom && address.failures >= policy.addressLimit)
    refuse('rate_limited', Date.parse(address.windowStart) + policy.windowMinutes * MINUTE - now);
  const account = await findAttempts(db, accountKey(username));
  if (account === undefined) return;
  if (account.lockedUntil !== null && Date.parse(account.lockedUntil) > now)
    refuse('account_locked', Date.parse(account.lockedUntil) - now);
  if (account.windowStart < windowFrom) return;
  const wait = waitSeconds(policy, account.failures) * 1000;
  const until = Date.parse(account.updatedAt) + wait;
  if (wait > 0 && until > now) refuse('rate_limited', until - now);
}

/**
 * Counts a failed attempt against the account and the address. Returns 'locked' when this
 * failure locked the account (the caller answers account_locked rather than a plain failure).
 */
export async function recordFailure(
  db: Kysely<Tables>,
  policy: ThrottlePolicy,
  username: string,
  ip: string,
): Promise<'locked' | 'counted'> {
  const now = Date.now();
  const windowFrom = iso(now - policy.windowMinutes * MINUTE);
  await countFailure(db, addressKey(ip), iso(now), windowFrom);
  const failures = await countFailure(db, accountKey(username), iso(now), windowFrom);
  if (failures < policy.lockAfter) return 'counted';
  await lockKey(db, accountKey(username), iso(now + policy.lockMinutes * MINUTE), iso(now));
  return 'locked';
}

/** A successful sign-in: the account starts afresh, and long-untouched counters are dropped. */
export async function recordSuccess(
  db: Kysely<Tables>,
  policy: ThrottlePolicy,
  username: string,
): Promise<void> {
  const now = Date.now();
  await clearKey(db, accountKey(username));
  await deleteStaleAttempts(db, iso(now - policy.windowMinutes * MINUTE), iso(now));
}

/** An admin's password reset: the account's failure count and lock are cleared at once. */
export async function clearAccountLock(db: Kysely<Tables>, username: string): Promise<void> {
  await clearKey(db, accountKey(username));
}
