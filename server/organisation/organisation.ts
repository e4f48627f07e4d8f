// Running the organisation: users (role, teams, name, disabled, password), teams (name, area) and
// areas (imported from GeoJSON). Shared by the admin routes and the admin command line, so both
// give the same checks, the same stable errors and the same audit rows. `by` is the admin's id
// (null from the command line, where the operator is whoever holds the server's shell).
import type { Kysely } from 'kysely';
import { parseAreasGeoJson } from '#domain/area-import';
import { MIN_PASSWORD_LENGTH } from '#domain/session';
import type { AdminTeam, AdminUser, CreateTeamRequest, UpdateTeamRequest } from '#domain/organisation';
import type { RoleCode } from '#domain/vocabularies';
import type { PasswordCost } from '#server/platform/config';
import { ApiError } from '#server/platform/errors';
import { writeAudit } from '#server/platform/store/audit-log';
import {
  areaIds,
  listTeamsWithArea,
  setUserTeams,
  teamIdsOf,
  updateTeam as storeUpdateTeam,
  updateUser as storeUpdateUser,
  upsertAreas,
} from './store/organisation';
import { endSessionsOfUser } from '#server/auth/sessions';
import { clearAccountLock } from '#server/auth/sign-in-throttle';
import type { Tables } from '#server/platform/database/tables';
import {
  findTeam,
  findUserById,
  findUserByUsername,
  listUsers,
  type StoredUser,
} from '#server/platform/store/users';
import { addTeam } from './admin';
import { hashPassword } from '#server/auth/passwords';

type Db = Kysely<Tables>;

const fail = (code: ConstructorParameters<typeof ApiError>[0], message?: string, status = 400): never => {
  throw new ApiError(code, status, undefined, message);
};

function toAdminUser(u: StoredUser, teamIds: string[]): AdminUser {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    teamIds,
    disabled: u.disabled,
    createdAt: u.createdAt,
  };
}

export async function adminUsers(db: Db): Promise<AdminUser[]> {
  return (await listUsers(db)).map((u) => toAdminUser(u, u.teamIds));
}

export async function adminUser(db: Db, id: string): Promise<AdminUser> {
  const user = (await findUserById(db, id)) ?? fail('unknown_user', undefined, 404);
  return toAdminUser(user, await teamIdsOf(db, id));
}

/** A user by id or, for the command line, by username. */
export async function findUserRef(db: Db, ref: string): Promise<StoredUser> {
  return (
    (await findUserByUsername(db, ref.trim().toLowerCase())) ??
    (await findUserById(db, ref)) ??
    fail('unknown_user', `There is no user "${ref}".`, 404)
  );
}

async function checkTeams(db: Db, teamIds: readonly string[]): Promise<string[]> {
  const unique = [...new Set(teamIds)];
  for (const teamId of unique) {
    if ((await findTeam(db, teamId)) === undefined) fail('unknown_team', `There is no team "${teamId}".`);
  }
  return unique;
}

export interface UserChanges {
  displayName?: string | undefined;
  role?: RoleCode | undefined;
  teamIds?: readonly string[] | undefined;
  disabled?: boolean | undefined;
}

/**
 * Changes a user. Disabling ends their sessions at once (and resolveSession refuses a disabled
 * user's cookie anyway, should one be in flight). An admin cannot disable themselves or take
 * away their own admin role: the organisation would be left with nobody able to undo it.
 */
export async function changeUser(
  db: Db,
  id: string,
  changes: UserChanges,
  by: string | null,
): Promise<AdminUser> {
  const user = (await findUserById(db, id)) ?? fail('unknown_user', undefined, 404);
  if (by === id && (changes.disabled === true || (changes.role !== undefined && changes.role !== 'admin')))
    fail('own_account');
  const teamIds = changes.teamIds === undefined ? undefined : await checkTeams(db, changes.teamIds);
  const displayName = changes.displayName?.trim();
  if (displayName === '') fail('invalid_request', 'Display name must not be empty.');
  // Read before the transaction: on SQLite the transaction holds the one connection.
  const teamsBefore = await teamIdsOf(db, id);
  await db.transaction().execute(async (trx) => {
    await storeUpdateUser(trx, id, {
      ...(displayName === undefined ? {} : { displayName }),
      ...(changes.role === undefined ? {} : { role: changes.role }),
      ...(changes.disabled === undefined ? {} : { disabled: changes.disabled }),
    });
    if (teamIds !== undefined) await setUserTeams(trx, id, teamIds);
    const ended = changes.disabled === true ? await endSessionsOfUser(trx, id) : 0;
    const audited = async (action: string, details: unknown) =>
      writeAudit(trx, { userId: by, action, collection: 'users', recordId: id, details });
    if (changes.disabled !== undefined && changes.disabled !== user.disabled)
      await audited(changes.disabled ? 'user.disable' : 'user.enable', {
        username: user.username,
        sessionsEnded: ended,
      });
    if (changes.role !== undefined && changes.role !== user.role)
      await audited('user.set_role', { username: user.username, from: user.role, to: changes.role });
    if (teamIds !== undefined)
      await audited('user.set_teams', { username: user.username, from: teamsBefore, to: teamIds });
    if (displayName !== undefined && displayName !== user.displayName)
      await audited('user.rename', { username: user.username, from: user.displayName, to: displayName });
  });
  return adminUser(db, id);
}

/**
 * An admin sets a new password for a user (who has forgotten theirs, or may be compromised):
 * their sessions end and any sign-in lock on the account is lifted.
 */
export async function resetPassword(
  db: Db,
  id: string,
  password: string,
  cost: PasswordCost,
  by: string | null,
): Promise<void> {
  const user = (await findUserById(db, id)) ?? fail('unknown_user', undefined, 404);
  if (password.length < MIN_PASSWORD_LENGTH)
    fail('weak_password', `The password must be at least ${MIN_PASSWORD_LENGTH} characters.`);
  const passwordHash = await hashPassword(password, cost);
  await db.transaction().execute(async (trx) => {
    await storeUpdateUser(trx, id, { passwordHash });
    const ended = await endSessionsOfUser(trx, id);
    await clearAccountLock(trx, user.username);
    await writeAudit(trx, {
      userId: by,
      action: 'user.reset_password',
      collection: 'users',
      recordId: id,
      details: { username: user.username, sessionsEnded: ended },
    });
  });
}

export async function adminTeams(db: Db): Promise<AdminTeam[]> {
  return listTeamsWithArea(db);
}

async function checkArea(db: Db, areaId: string | null | undefined): Promise<void> {
  if (areaId === null || areaId === undefined) return;
  if (!(await areaIds(db)).has(areaId)) fail('unknown_area', `There is no area "${areaId}".`);
}

async function adminTeam(db: Db, id: string): Promise<AdminTeam> {
  const team = (await listTeamsWithArea(db)).find((t) => t.id === id);
  return team ?? fail('unknown_team', undefined, 404);
}

export async function createTeam(db: Db, request: CreateTeamRequest, by: string | null): Promise<AdminTeam> {
  await checkArea(db, request.areaId);
  await addTeam(db, request.id, request.name, by);
  if (request.areaId !== undefined && request.areaId !== null) {
    await storeUpdateTeam(db, request.id, { areaId: request.areaId });
    await writeAudit(db, {
      userId: by,
      action: 'team.set_area',
      recordId: request.id,
      details: { areaId: request.areaId },
    });
  }
  return adminTeam(db, request.id);
}

export async function changeTeam(
  db: Db,
  id: string,
  changes: UpdateTeamRequest,
  by: string | null,
): Promise<AdminTeam> {
  const before = await adminTeam(db, id);
  await checkArea(db, changes.areaId);
  const name = changes.name?.trim();
  await storeUpdateTeam(db, id, {
    ...(name === undefined ? {} : { name }),
    ...(changes.areaId === undefined ? {} : { areaId: changes.areaId }),
  });
  if (name !== undefined && name !== before.name)
    await writeAudit(db, {
      userId: by,
      action: 'team.rename',
      recordId: id,
      details: { from: before.name, to: name },
    });
  if (changes.areaId !== undefined && changes.areaId !== before.areaId)
    await writeAudit(db, {
      userId: by,
      action: 'team.set_area',
      recordId: id,
      details: { from: before.areaId, to: changes.areaId },
    });
  return adminTeam(db, id);
}

/** Imports (or re-imports) areas from GeoJSON. All or nothing: any invalid feature stops it. */
export async function importAreas(
  db: Db,
  geojson: unknown,
  by: string | null,
): Promise<{ created: number; updated: number }> {
  const parsed = parseAreasGeoJson(geojson, await areaIds(db));
  if (!parsed.ok) throw new ApiError('invalid_areas', 400, { errors: parsed.errors });
  const now = new Date().toISOString();
  const created = await db.transaction().execute(async (trx) => {
    const n = await upsertAreas(trx, parsed.areas, now);
    await writeAudit(trx, {
      userId: by,
      action: 'areas.import',
      details: { created: n, updated: parsed.areas.length - n, ids: parsed.areas.map((a) => a.id) },
    });
    return n;
  });
  return { created, updated: parsed.areas.length - created };
}
