import { describe, expect, it } from 'vitest';
import { canWriteProblem, canWriteRecord, feedScope, type Actor } from '#server/sync/access';

const officer: Actor = { id: 'pc1', role: 'officer', teamIds: ['north'] };
const supervisor: Actor = { id: 'sgt1', role: 'supervisor', teamIds: ['north', 'south'] };

describe('writing records', () => {
  it('lets officers and supervisors write problems of their own teams only', () => {
    expect(canWriteProblem(officer, null, 'north')).toBe(true);
    expect(canWriteProblem(officer, 'north', 'north')).toBe(true);
    expect(canWriteProblem(supervisor, 'north', 'south')).toBe(true);
  });

  it('refuses a problem of another team, or a move into or out of one', () => {
    expect(canWriteProblem(officer, 'south', 'south')).toBe(false);
    expect(canWriteProblem(officer, null, 'south')).toBe(false);
    expect(canWriteProblem(officer, 'north', 'south')).toBe(false);
    expect(canWriteProblem(officer, 'south', 'north')).toBe(false);
    expect(canWriteProblem(officer, null, null)).toBe(false);
  });

  it('refuses problems to prevention leads and admins', () => {
    for (const role of ['prevention_lead', 'admin'] as const) {
      expect(canWriteProblem({ id: 'x', role, teamIds: ['north'] }, 'north', 'north')).toBe(false);
    }
  });

  it('lets only its author change an activity', () => {
    expect(canWriteRecord(officer, 'activities', null, 'north')).toBe(true);
    expect(canWriteRecord(officer, 'activities', 'north', 'north', 'pc1')).toBe(true);
    expect(canWriteRecord(officer, 'activities', 'north', 'north', 'pc2')).toBe(false);
  });
});

describe('the feed a role reads', () => {
  it('gives officers their teams’ work and everyone’s published copies and hotspots', () => {
    const scope = feedScope(officer);
    expect(scope).toMatchObject({ kind: 'scoped', teamIds: ['north'] });
    if (scope.kind !== 'scoped') throw new Error('scoped');
    expect(scope.teamCollections).toContain('problems');
    expect(scope.anyCollections).toEqual(['published', 'hotspots']);
  });

  it('gives prevention leads every problem and admins no case record', () => {
    const lead = feedScope({ id: 'x', role: 'prevention_lead', teamIds: [] });
    if (lead.kind !== 'scoped') throw new Error('scoped');
    expect(lead.anyCollections).toContain('problems');
    const admin = feedScope({ id: 'x', role: 'admin', teamIds: [] });
    if (admin.kind !== 'scoped') throw new Error('scoped');
    expect(admin.anyCollections).toEqual(['published', 'hotspots']);
    expect(admin.teamCollections).toEqual([]);
  });
});
