import { describe, expect, it } from 'vitest';
import { goodPracticeState, type DecisionLike } from '#domain/good-practice/queue';

const P = 'p1';
const nomination = (createdAt: string, id = createdAt) => ({ id, problemId: P, createdAt });
const decision = (
  decisionCode: 'publish' | 'return' | 'withdraw',
  reviewedAt: string,
  comments = 'c',
): DecisionLike => ({
  problemId: P,
  kind: 'good_practice',
  decision: decisionCode,
  reviewedAt,
  comments,
});

describe('goodPracticeState', () => {
  it('is not nominated with no nomination and no decision', () => {
    expect(goodPracticeState(P, [], [])).toEqual({ state: 'not_nominated' });
  });

  it('is waiting while the newest nomination is after the last decision', () => {
    const n = nomination('2026-02-01T00:00:00.000Z');
    expect(goodPracticeState(P, [n], [])).toEqual({ state: 'waiting', nomination: n });
    expect(goodPracticeState(P, [n], [decision('return', '2026-01-01T00:00:00.000Z')]).state).toBe('waiting');
  });

  it('shows the last decision once made: published with its summary, returned with its feedback', () => {
    const n = nomination('2026-02-01T00:00:00.000Z');
    expect(goodPracticeState(P, [n], [decision('publish', '2026-02-02T00:00:00.000Z', 'Sum')])).toEqual({
      state: 'published',
      summary: 'Sum',
      at: '2026-02-02T00:00:00.000Z',
    });
    expect(
      goodPracticeState(P, [n], [decision('return', '2026-02-02T00:00:00.000Z', 'Add the cost')]),
    ).toMatchObject({
      state: 'returned',
      feedback: 'Add the cost',
    });
  });

  it('ignores other problems, deleted nominations and supervisors’ reviews', () => {
    const other = { ...nomination('2026-03-01T00:00:00.000Z'), problemId: 'p2' };
    const deleted = { ...nomination('2026-03-01T00:00:00.000Z'), deleted: true };
    const closure: DecisionLike = {
      ...decision('publish', '2026-03-02T00:00:00.000Z'),
      kind: 'closure',
      decision: 'sign_off_closure',
    };
    expect(goodPracticeState(P, [other, deleted], [closure])).toEqual({ state: 'not_nominated' });
  });

  it('a withdrawal after publishing says withdrawn, with its reason; a later publish is published again', () => {
    const n = nomination('2026-01-01T00:00:00.000Z');
    const published = decision('publish', '2026-02-01T00:00:00.000Z', 'Summary');
    const withdrawn = decision('withdraw', '2026-03-01T00:00:00.000Z', 'A name slipped through');
    expect(goodPracticeState(P, [n], [published, withdrawn])).toEqual({
      state: 'withdrawn',
      reason: 'A name slipped through',
      at: '2026-03-01T00:00:00.000Z',
    });
    const again = decision('publish', '2026-04-01T00:00:00.000Z', 'Reviewed again');
    expect(goodPracticeState(P, [n], [published, withdrawn, again])).toMatchObject({ state: 'published' });
  });
});
