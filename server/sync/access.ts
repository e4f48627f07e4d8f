// The domain access table (src/domain/access.ts) applied to the force database's records: who
// may write a record, and the read scope of the change feed. Pure functions.
import { allows, readReach, type AccessAction } from '#domain/access';
import { collectionNames, type CollectionName } from '#domain/collections';
import type { RoleCode } from '#domain/vocabularies';
import type { ReadScope } from '#server/platform/store/scope';

export interface Actor {
  id: string;
  role: RoleCode;
  teamIds: readonly string[];
  /** The device the request came from (push), so merges can tell a device's own earlier edits. */
  deviceId?: string;
}

/**
 * May this actor write a record of this collection? Both the team the record is in now and the
 * team the edit puts it in must pass, or a record could be moved out of reach (or into another
 * team's list). `createdBy` is the record's author (undefined for a new record: the actor).
 */
export function canWriteRecord(
  actor: Actor,
  collection: CollectionName,
  storedTeamId: string | null,
  newTeamId: string | null,
  createdBy?: string,
): boolean {
  const action: AccessAction = storedTeamId === null ? 'create' : 'update';
  const isAuthor = createdBy === undefined || createdBy === actor.id;
  const teams = new Set(actor.teamIds);
  const related = (team: string | null) => ({ sameTeam: team !== null && teams.has(team), isAuthor });
  if (storedTeamId === null && newTeamId === null) return false;
  if (storedTeamId !== null && !allows(actor.role, collection, action, related(storedTeamId))) return false;
  if (newTeamId !== null && !allows(actor.role, collection, action, related(newTeamId))) return false;
  return true;
}

/** Kept for the problem-only callers and tests: canWriteRecord for `problems`. */
export function canWriteProblem(
  actor: Actor,
  storedTeamId: string | null,
  newTeamId: string | null,
): boolean {
  return canWriteRecord(actor, 'problems', storedTeamId, newTeamId);
}

/** May this actor read this record (by its collection and team)? */
export function canReadRecord(actor: Actor, collection: CollectionName, teamId: string | null): boolean {
  const reach = readReach(actor.role, collection);
  return reach === 'any' || (reach === 'team' && teamId !== null && actor.teamIds.includes(teamId));
}

/** The change feed this actor may read, per collection, from the access table. */
export function feedScope(actor: Actor): ReadScope {
  const anyCollections: string[] = [];
  const teamCollections: string[] = [];
  for (const collection of collectionNames) {
    const reach = readReach(actor.role, collection);
    if (reach === 'any') anyCollections.push(collection);
    else if (reach === 'team') teamCollections.push(collection);
  }
  return { kind: 'scoped', anyCollections, teamCollections, teamIds: actor.teamIds };
}
