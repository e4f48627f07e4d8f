// A cap on concurrent password hashing. Each scrypt run takes one of libuv's four pool threads
// for tens of milliseconds, and that pool also reads the app shell's files and compresses
// responses. Unlimited, a sign-in flood fills the pool and everything queued behind it waits for
// the whole flood (tests/integration/server/sign-in-flood.test.ts). So at most HASH_CONCURRENCY
// runs at once; the rest wait here in JavaScript, and past HASH_QUEUE_LIMIT waiting a sign-in is
// refused at once (429 rate_limited) rather than piling up memory, 32 MiB per hash.
import { ApiError } from '#server/platform/errors';

export const HASH_CONCURRENCY = 2;
export const HASH_QUEUE_LIMIT = 200;

let running = 0;
const waiting: (() => void)[] = [];

function release(): void {
  const next = waiting.shift();
  if (next === undefined) running -= 1;
  else next(); // the slot passes straight to the next in line
}

/** Runs `work` when a hashing slot is free. */
export async function withHashSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= HASH_CONCURRENCY) {
    if (waiting.length >= HASH_QUEUE_LIMIT) throw new ApiError('rate_limited', 429, { retryAfterSeconds: 5 });
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else running += 1;
  try {
    return await work();
  } finally {
    release();
  }
}
