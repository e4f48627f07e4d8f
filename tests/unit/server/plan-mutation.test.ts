// Step 2-3 decisions for one mutation, without a database.
import { describe, expect, it } from 'vitest';
import type { Mutation } from '#domain/sync';
import { planMutation } from '#server/sync/plan-mutation';
import { type Actor } from '#server/sync/access';
import { type StoredRecord } from '#server/platform/store/records';

const actor: Actor = { id: 'ann', role: 'officer', teamIds: ['north'] };
const fields = {
  teamId: 'north',
  title: 'T',
  problemType: 'other',
  description: '',
  locationText: '',
  status: 'scanning',
};
const put = (changes: Record<string, unknown>, baseVersion: number | null): Mutation => ({
  id: '0190a000-0000-7000-8000-000000000009',
  collection: 'problems',
  recordId: '0190a000-0000-7000-8000-000000000002',
  op: 'put',
  changes,
  baseVersion,
  at: '2026-01-02T00:00:00.000Z',
});
const stored = (over: Partial<StoredRecord> = {}): StoredRecord => ({
  collection: 'problems',
  id: '0190a000-0000-7000-8000-000000000002',
  teamId: 'north',
  version: 5,
  originVersion: 2,
  deleted: false,
  data: fields,
  fieldVersions: { teamId: 2, title: 5, problemType: 2, description: 2, locationText: 2, status: 2 },
  fieldAuthors: { title: { by: 'bob', at: '2026-01-01T12:00:00.000Z' } },
  createdAt: '2026-01-01T00:00:00.000Z',
  createdBy: 'ann',
  updatedAt: '2026-01-01T13:00:00.000Z',
  updatedBy: 'carol',
  reference: 'PS-2026-000001',
  ...over,
});

describe('planning a mutation', () => {
  it("treats a null base on an existing record as based on the creating device's last write", () => {
    // Bob changed the title at version 5, after Ann's device last wrote (origin 2): a conflict,
    // attributed to Bob (the field's author), not Carol (the record's last updater).
    const plan = planMutation(put({ title: 'Mine' }, null), stored(), actor, 6);
    expect(plan).toMatchObject({
      kind: 'write',
      outcome: { status: 'merged', conflicts: [{ field: 'title', replacedBy: 'bob', replacedValue: 'T' }] },
    });
    // With origin 5 the same edit is Ann's own follow-up: no conflict.
    expect(planMutation(put({ title: 'Mine' }, null), stored({ originVersion: 5 }), actor, 6)).toMatchObject({
      kind: 'write',
      outcome: { status: 'applied', conflicts: [] },
    });
  });

  it('records who changed which field', () => {
    const plan = planMutation(put({ status: 'analysis' }, 5), stored(), actor, 6);
    expect(plan.kind === 'write' && plan.outcome.fieldAuthors).toEqual({
      title: { by: 'bob', at: '2026-01-01T12:00:00.000Z' },
      status: { by: 'ann', at: '2026-01-02T00:00:00.000Z' },
    });
  });

  it('rejects creating without a team as an invalid record, not as forbidden', () => {
    const noTeam: Record<string, unknown> = { ...fields };
    delete noTeam.teamId;
    expect(planMutation(put(noTeam, null), undefined, actor, 1)).toMatchObject({
      kind: 'rejected',
      rejection: { code: 'invalid_record' },
    });
  });
});
