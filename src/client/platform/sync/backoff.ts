// How long to wait before retrying a failed sync.

export interface BackoffOptions {
  baseMs: number;
  capMs: number;
}

export const defaultBackoff: BackoffOptions = { baseMs: 2_000, capMs: 5 * 60_000 };

/** The longest Retry-After we obey; a wrong header must not silence sync for days. */
export const MAX_RETRY_AFTER_MS = 60 * 60_000;

/**
 * Exponential back-off with "equal jitter": between half and all of base·2^(failures-1), capped.
 * The jitter spreads a whole shift's tablets coming back into signal at once, so they do not all
 * hit the force database in the same second; the half that is kept stops a run of unlucky draws
 * from retrying almost immediately.
 */
export function backoffDelay(
  failures: number,
  random: () => number = Math.random,
  options: BackoffOptions = defaultBackoff,
): number {
  if (failures <= 0) return 0;
  const exponent = Math.min(failures - 1, 30);
  const ceiling = Math.min(options.capMs, options.baseMs * 2 ** exponent);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** The server's Retry-After wins when it gives one (up to an hour); otherwise back off. */
export function retryDelay(
  failures: number,
  retryAfterMs: number | null,
  random: () => number = Math.random,
  options: BackoffOptions = defaultBackoff,
): number {
  if (retryAfterMs !== null) return Math.min(retryAfterMs, MAX_RETRY_AFTER_MS);
  return backoffDelay(failures, random, options);
}
