// Who a user may see named on their devices: the people of their teams, so a problem's
// owner, an action's lead, a reviewer or the author of a change shows by name instead of "a team
// member". Prevention leads read problems force-wide (src/domain/access.ts), so they get every
// user who can appear on a case record: everyone but admins. Names only, never usernames.
import type { Kysely } from 'kysely';
import type { RosterMember, RosterTeam } from '#domain/roster';
import { listTeams, listUsers } from '#server/platform/store/users';
import type { Tables } from '#server/platform/database/tables';
import type { Actor } from '#server/sync/access';

export async function rosterFor(db: Kysely<Tables>, actor: Actor): Promise<RosterMember[]> {
  const users = await listUsers(db);
  const mine = new Set(actor.teamIds);
  const visible = users.filter((user) =>
    actor.role === 'prevention_lead'
      ? user.role !== 'admin' || user.id === actor.id
      : user.id === actor.id || user.teamIds.some((team) => mine.has(team)),
  );
  return visible
    .map((user) => ({
      id: user.id,
      displayName: user.displayName,
      role: user.role,
      // Only the teams the reader shares (or all, for a force-wide reader): another team's
      // membership is none of their business.
      teamIds:
        actor.role === 'prevention_lead' || user.id === actor.id
          ? user.teamIds
          : user.teamIds.filter((team) => mine.has(team)),
      active: !user.disabled,
    }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName) || a.id.localeCompare(b.id));
}

/**
 * The names of the teams whose records the reader may see: their own, or every team for a
 * force-wide role (prevention lead, admin), so search facets and lists show names, not ids.
 */
export async function rosterTeams(db: Kysely<Tables>, actor: Actor): Promise<RosterTeam[]> {
  const teams = await listTeams(db);
  if (actor.role === 'prevention_lead' || actor.role === 'admin') return teams;
  const mine = new Set(actor.teamIds);
  return teams.filter((team) => mine.has(team.id));
}
