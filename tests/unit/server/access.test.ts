import { describe, expect, it } from 'vitest';
import { canWriteProblem, problemReadScope, type Actor } from './server-modules';

const officer: Actor = { id: 'u1', role: 'officer', teamIds: ['north'] };
const supervisor: Actor = { id: 'u2', role: 'supervisor', teamIds: ['north', 'south'] };

describe('who may write a problem', () => {
  it("lets officers and supervisors write their own teams' problems", () => {
    expect(canWriteProblem(officer, null, 'north')).toBe(true);
    expect(canWriteProblem(officer, 'north', 'north')).toBe(true);
    expect(canWriteProblem(supervisor, 'north', 'south')).toBe(true);
  });

  it('refuses another team, and moving a problem to a team the writer is not in', () => {
    expect(canWriteProblem(officer, 'south', 'south')).toBe(false);
    expect(canWriteProblem(officer, null, 'south')).toBe(false);
    expect(canWriteProblem(officer, 'north', 'south')).toBe(false);
    expect(canWriteProblem(officer, 'south', 'north')).toBe(false);
    expect(canWriteProblem(officer, null, null)).toBe(false);
  });

  it('refuses prevention leads and admins', () => {
    for (const role of ['prevention_lead', 'admin'] as const) {
      expect(canWriteProblem({ id: 'x', role, teamIds: ['north'] }, 'north', 'north')).toBe(false);
    }
  });
});

describe('who may read problems', () => {
  it('scopes officers and supervisors to their teams, leads to all, admins to none', () => {
    expect(problemReadScope(officer)).toEqual({ kind: 'teams', teamIds: ['north'] });
    expect(problemReadScope(supervisor)).toEqual({ kind: 'teams', teamIds: ['north', 'south'] });
    expect(problemReadScope({ id: 'x', role: 'prevention_lead', teamIds: [] })).toEqual({ kind: 'all' });
    expect(problemReadScope({ id: 'x', role: 'admin', teamIds: [] })).toEqual({ kind: 'none' });
  });
});
