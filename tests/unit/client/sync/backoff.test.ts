import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay, defaultBackoff, MAX_RETRY_AFTER_MS, retryDelay } from '#client/platform/sync/backoff';
import { parseRetryAfter } from '#client/platform/api/errors';

describe('back-off', () => {
  it('starts near 2 s, doubles, and stops at 5 minutes', () => {
    const top = (): number => 1;
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, top))).toEqual([2_000, 4_000, 8_000, 16_000]);
    expect(backoffDelay(50, top)).toBe(300_000);
    expect(backoffDelay(1, () => 0)).toBe(1_000);
    expect(backoffDelay(0, top)).toBe(0);
  });

  it('always waits between half and all of the capped exponential', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (failures, r) => {
          const ceiling = Math.min(
            defaultBackoff.capMs,
            defaultBackoff.baseMs * 2 ** Math.min(failures - 1, 30),
          );
          const delay = backoffDelay(failures, () => r);
          return delay >= ceiling / 2 - 1 && delay <= ceiling;
        },
      ),
    );
  });

  it("obeys the server's Retry-After, within reason", () => {
    expect(retryDelay(1, 120_000)).toBe(120_000);
    expect(retryDelay(1, 10 * 24 * 3600_000)).toBe(MAX_RETRY_AFTER_MS);
    expect(retryDelay(3, null, () => 1)).toBe(8_000);
  });
});

describe('Retry-After header', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2026-03-01T10:00:00Z');
    expect(parseRetryAfter('30', now)).toBe(30_000);
    expect(parseRetryAfter('Sun, 01 Mar 2026 10:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('Sun, 01 Mar 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
  });
});
