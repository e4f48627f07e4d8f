// Who may read and write what. Pure functions, kept small so a later issue can move the rule
// table into src/domain and share it with the app.
import type { RoleCode } from '#domain/vocabularies';
import type { ReadScope } from '../store/records';

export interface Actor {
  id: string;
  role: RoleCode;
  teamIds: readonly string[];
  /** The device the request came from (push), so merges can tell a device's own earlier edits. */
  deviceId?: string;
}

/**
 * Officers and supervisors write problems of their own teams. Both the team the record is in now
 * and the team the edit puts it in must be theirs, or a problem could be moved out of reach (or
 * into another team's list). Prevention leads and admins do not write problems.
 */
export function canWriteProblem(
  actor: Actor,
  storedTeamId: string | null,
  newTeamId: string | null,
): boolean {
  if (actor.role !== 'officer' && actor.role !== 'supervisor') return false;
  const teams = new Set(actor.teamIds);
  if (storedTeamId !== null && !teams.has(storedTeamId)) return false;
  if (newTeamId !== null && !teams.has(newTeamId)) return false;
  return storedTeamId !== null || newTeamId !== null;
}

/** Officers and supervisors read their teams' problems; prevention leads read all; admins none. */
export function problemReadScope(actor: Actor): ReadScope {
  switch (actor.role) {
    case 'officer':
    case 'supervisor':
      return { kind: 'teams', teamIds: actor.teamIds };
    case 'prevention_lead':
      return { kind: 'all' };
    case 'admin':
      return { kind: 'none' };
  }
}
