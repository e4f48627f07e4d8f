// Mutations for the OSARA record's server tests: filled-in sections, actions and reviews.
import { uuidv7 } from '#domain/ids';
import type { Mutation } from '#domain/sync';
import type { TestServer } from './helper';

export const objective = {
  impact: 'reduce_by_percent',
  targetPercent: 30,
  successMeasure: 'Calls about youths at the shops, 8 weeks before and after',
};

export const assessment = {
  processEvaluation: 'Lighting fixed, patrols twice nightly, youth club opened Fridays.',
  deliveredAsPlanned: 'as_planned',
  outcome: 'reduce_by_percent',
  lessonsLearned: 'Partner lighting work was the quickest win.',
  closureReason: 'objective_met',
};

function put(
  collection: Mutation['collection'],
  recordId: string,
  changes: Record<string, unknown>,
  baseVersion: number | null = null,
): Mutation {
  return {
    id: uuidv7(),
    collection,
    recordId,
    op: 'put',
    changes,
    baseVersion,
    at: new Date().toISOString(),
  };
}

export function newAction(problemId: string, overrides: Record<string, unknown> = {}): Mutation {
  return put('actions', uuidv7(), {
    problemId,
    description: 'Ask the council to repair the lights behind the shops',
    techniques: ['assist_natural_surveillance'],
    lead: { kind: 'partner', agencyType: 'local_authority', name: 'Borough council' },
    status: 'done',
    ...overrides,
  });
}

export function editRecord(
  collection: Mutation['collection'],
  recordId: string,
  baseVersion: number | null,
  changes: Record<string, unknown>,
): Mutation {
  return put(collection, recordId, changes, baseVersion);
}

export function newReview(
  problemId: string,
  reviewer: string,
  overrides: Record<string, unknown> = {},
): Mutation {
  return put('reviews', uuidv7(), {
    problemId,
    kind: 'closure',
    decision: 'sign_off_closure',
    comments: 'Good work.',
    reviewer,
    reviewedAt: '2020-01-01T00:00:00.000Z',
    ...overrides,
  });
}

export async function userId(s: TestServer, username: string): Promise<string> {
  const row = await s.store.db
    .selectFrom('users')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return row.id;
}
