// Brute-force protection for sign-in, counted in the database so every server instance behind a
// load balancer sees the same counts (a per-process counter would give an attacker N times the
// allowance over N instances). Lock-out must not be a weapon (issue 13, item 4), so nothing
// anyone does from one place can lock an officer out of another place or out of their own device.
//
// The place an attempt comes from is either a known device (it presents a `bb_device` credential
// from an earlier successful sign-in as this user, known-devices.ts) or, failing that, the pair
// of username (as typed, whether or not such a user exists, so answers never reveal which
// usernames are real) and client address. For that place:
//   - the first `slowAfter` failures in the window are answered as usual;
//   - after that each attempt must wait `slowSeconds`, doubling with each further failure, since
//     the last failure; an attempt inside the wait is refused (429 rate_limited) without even
//     checking the password;
//   - at `lockAfter` failures the place is locked for `lockMinutes` (429 device_locked), after
//     which it starts afresh.
// Only for attempts that are not from a known device:
//   - per address: `addressLimit` failures in the window refuse every attempt from that address
//     (429 rate_limited) until the window passes; a spray over many usernames is caught here;
//   - per username: `accountLimit` failures in the window, from any addresses (a guessing
//     attack spread over many), lock the account to new devices for `lockMinutes`
//     (429 account_locked). A known device still gets in.
// A successful sign-in clears its place's count (not the address's or the username's: one good
// sign-in must not wash a record of guessing from elsewhere).
import type { Kysely } from 'kysely';
import { ApiError } from '#server/platform/errors';
import {
  clearKey,
  clearKeysOf,
  countFailure,
  deleteStaleAttempts,
  findAttempts,
  lockKey,
} from './store/sign-in-attempts';
import type { Tables } from '#server/platform/database/tables';

export interface ThrottlePolicy {
  slowAfter: number;
  lockAfter: number;
  slowSeconds: number;
  lockMinutes: number;
  /** How far back failures count. */
  windowMinutes: number;
  addressLimit: number;
  /** Failures on one username from devices not known for it, over all addresses, before new devices are locked out. */
  accountLimit: number;
  /** How long a device credential is remembered after its last successful sign-in. */
  deviceDays: number;
}

export const DEFAULT_THROTTLE: ThrottlePolicy = {
  slowAfter: 5,
  lockAfter: 10,
  slowSeconds: 2,
  lockMinutes: 15,
  windowMinutes: 15,
  addressLimit: 100,
  accountLimit: 50,
  deviceDays: 180,
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

/**
 * The policy from SIGN_IN_SLOW_AFTER, SIGN_IN_LOCK_AFTER, SIGN_IN_LOCK_MINUTES,
 * SIGN_IN_ADDRESS_LIMIT, SIGN_IN_ACCOUNT_LIMIT and SIGN_IN_DEVICE_DAYS.
 */
export function throttlePolicyFromEnv(env: Env): ThrottlePolicy {
  const lockMinutes = whole(env, 'SIGN_IN_LOCK_MINUTES', DEFAULT_THROTTLE.lockMinutes);
  const policy = {
    ...DEFAULT_THROTTLE,
    slowAfter: whole(env, 'SIGN_IN_SLOW_AFTER', DEFAULT_THROTTLE.slowAfter),
    lockAfter: whole(env, 'SIGN_IN_LOCK_AFTER', DEFAULT_THROTTLE.lockAfter),
    lockMinutes,
    windowMinutes: lockMinutes,
    addressLimit: whole(env, 'SIGN_IN_ADDRESS_LIMIT', DEFAULT_THROTTLE.addressLimit),
    accountLimit: whole(env, 'SIGN_IN_ACCOUNT_LIMIT', DEFAULT_THROTTLE.accountLimit),
    deviceDays: whole(env, 'SIGN_IN_DEVICE_DAYS', DEFAULT_THROTTLE.deviceDays),
  };
  if (policy.slowAfter >= policy.lockAfter)
    throw new Error('SIGN_IN_SLOW_AFTER must be below SIGN_IN_LOCK_AFTER');
  if (policy.accountLimit <= policy.lockAfter)
    throw new Error('SIGN_IN_ACCOUNT_LIMIT must be above SIGN_IN_LOCK_AFTER');
  return policy;
}

const MINUTE = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** Who is trying: the username as typed, the client address, and a known device's credential hash. */
export interface SignInPlace {
  username: string;
  ip: string;
  /** The sha256 of a device credential known for this username's user, or null. */
  knownDevice: string | null;
}

const addressKey = (ip: string) => `ip:${ip}`;
const accountKey = (username: string) => `user:${username}`;
/** The counter that slows and locks: the known device, or the username at this address. */
const placeKey = (p: SignInPlace) =>
  p.knownDevice !== null ? `device:${p.knownDevice}` : `at:${p.ip}|${p.username}`;

/** Seconds until the place may try again after `failures` failures, or 0. */
export function waitSeconds(policy: ThrottlePolicy, failures: number): number {
  if (failures < policy.slowAfter) return 0;
  return policy.slowSeconds * 2 ** (failures - policy.slowAfter);
}

type Refusal = 'rate_limited' | 'device_locked' | 'account_locked';

function refuse(code: Refusal, retryAfterMs: number): never {
  throw new ApiError(code, 429, { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) });
}

async function checkLocked(db: Kysely<Tables>, key: string, code: Refusal, now: number) {
  const row = await findAttempts(db, key);
  if (row?.lockedUntil != null && Date.parse(row.lockedUntil) > now)
    refuse(code, Date.parse(row.lockedUntil) - now);
  return row;
}

/** Throws 429 if this attempt may not even be checked. Call before verifying the password. */
export async function checkAllowed(
  db: Kysely<Tables>,
  policy: ThrottlePolicy,
  place: SignInPlace,
): Promise<void> {
  const now = Date.now();
  const windowFrom = iso(now - policy.windowMinutes * MINUTE);
  if (place.knownDevice === null) {
    const address = await findAttempts(db, addressKey(place.ip));
    if (address !== undefined && address.windowStart >= windowFrom && address.failures >= policy.addressLimit)
      refuse('rate_limited', Date.parse(address.windowStart) + policy.windowMinutes * MINUTE - now);
    await checkLocked(db, accountKey(place.username), 'account_locked', now);
  }
  const row = await checkLocked(db, placeKey(place), 'device_locked', now);
  if (row === undefined || row.windowStart < windowFrom) return;
  const wait = waitSeconds(policy, row.failures) * 1000;
  const until = Date.parse(row.updatedAt) + wait;
  if (wait > 0 && until > now) refuse('rate_limited', until - now);
}

/**
 * Counts a failed attempt against its place (and, for a device not known for the username, the
 * address and the username). Returns the lock this failure set, if any: the caller answers with
 * it rather than a plain failure.
 */
export async function recordFailure(
  db: Kysely<Tables>,
  policy: ThrottlePolicy,
  place: SignInPlace,
): Promise<'device_locked' | 'account_locked' | 'counted'> {
  const now = Date.now();
  const windowFrom = iso(now - policy.windowMinutes * MINUTE);
  const lockUntil = iso(now + policy.lockMinutes * MINUTE);
  let outcome: 'device_locked' | 'account_locked' | 'counted' = 'counted';
  if (place.knownDevice === null) {
    await countFailure(db, addressKey(place.ip), iso(now), windowFrom);
    const account = await countFailure(db, accountKey(place.username), iso(now), windowFrom);
    if (account >= policy.accountLimit) {
      await lockKey(db, accountKey(place.username), lockUntil, iso(now));
      outcome = 'account_locked';
    }
  }
  const failures = await countFailure(db, placeKey(place), iso(now), windowFrom);
  if (failures >= policy.lockAfter) {
    await lockKey(db, placeKey(place), lockUntil, iso(now));
    outcome = 'device_locked';
  }
  return outcome;
}

/** A successful sign-in: its place starts afresh, and long-untouched counters are dropped. */
export async function recordSuccess(
  db: Kysely<Tables>,
  policy: ThrottlePolicy,
  place: SignInPlace,
): Promise<void> {
  const now = Date.now();
  await clearKey(db, placeKey(place));
  await deleteStaleAttempts(db, iso(now - policy.windowMinutes * MINUTE), iso(now));
}

/** An admin's password reset: every lock and count on the username is cleared at once. */
export async function clearAccountLock(db: Kysely<Tables>, username: string): Promise<void> {
  await clearKeysOf(db, accountKey(username), username);
}
