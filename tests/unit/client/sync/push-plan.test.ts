import { describe, expect, it } from 'vitest';
import { uuidv7 } from '#domain/ids';
import type { MutationResult } from '#domain/sync';
import { buildPushRequest, settleResults } from '#client/platform/sync/push-plan';
import { classifyFailure } from '#client/platform/sync/failure';
import { HttpApiError } from '#client/platform/api/errors';
import { type OutboxRow } from '#client/platform/db/schema';

function row(seq: number): OutboxRow {
  return {
    seq,
    id: uuidv7(),
    collection: 'problems',
    recordId: uuidv7(),
    op: 'put',
    changes: { title: `Problem ${seq}` },
    baseVersion: null,
    at: '2026-03-01T10:00:00.000Z',
  };
}

describe('building a push', () => {
  it('sends the queued mutations in order, without the local outbox position', () => {
    const rows = [row(1), row(2)];
    const request = buildPushRequest('0190f0e2-0000-7000-8000-000000000000', rows);
    expect(request.mutations.map((m) => m.id)).toEqual(rows.map((r) => r.id));
    expect(request.mutations[0]).not.toHaveProperty('seq');
  });
});

describe('settling results', () => {
  const now = new Date('2026-03-01T10:05:00Z');

  it('clears applied and merged, holds rejected, and keeps what got no answer', () => {
    const [a, b, c, d] = [row(1), row(2), row(3), row(4)];
    const results: MutationResult[] = [
      {
        mutationId: a.id,
        status: 'rejected',
        error: { code: 'forbidden', message: 'You do not have access to this.' },
      },
      { mutationId: b.id, status: 'applied', version: 7 },
      { mutationId: c.id, status: 'merged', version: 8, conflicts: [] },
      { mutationId: 'not-in-this-batch', status: 'applied', version: 9 },
    ];
    const settled = settleResults([a, b, c, d], results, now);
    expect(settled.done).toEqual([2, 3]);
    // Only `applied` proves the server holds exactly this device's view at that version.
    expect(settled.caughtUp).toEqual([{ collection: 'problems', recordId: b.recordId, version: 7 }]);
    expect(settled.rejected).toEqual([
      { ...a, code: 'forbidden', message: 'You do not have access to this.', rejectedAt: now.toISOString() },
    ]);
  });

  it('gives a rejection without a reason the generic reason', () => {
    const a = row(1);
    const settled = settleResults([a], [{ mutationId: a.id, status: 'rejected' }], now);
    expect(settled.rejected[0]).toMatchObject({
      code: 'internal_error',
      message: '',
    });
  });
});

describe('classifying a failed sync', () => {
  it('stops on an ended session and retries anything else', () => {
    expect(classifyFailure(new HttpApiError('session_expired', 'x', 401, null)).kind).toBe('session-ended');
    expect(classifyFailure(new HttpApiError('unauthenticated', 'x', 401, null)).kind).toBe('session-ended');
    expect(classifyFailure(new HttpApiError('network_error', 'x', 0, null))).toMatchObject({
      kind: 'retry',
      offline: true,
    });
    expect(classifyFailure(new HttpApiError('rate_limited', 'x', 429, 30_000))).toMatchObject({
      kind: 'retry',
      offline: false,
      retryAfterMs: 30_000,
    });
    expect(classifyFailure(new Error('QuotaExceededError'))).toMatchObject({ kind: 'retry', offline: false });
  });
});
