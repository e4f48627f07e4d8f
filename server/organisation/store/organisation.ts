// All SQL for the organisation beyond creating users and teams (users.ts): areas, a team's area
// and name, and changes to a user's role, teams, name, password and disabled flag.
import type { Kysely } from 'kysely';
import type { AdminTeam, Area, AreaKind } from '#domain/organisation';
import type { RoleCode } from '#domain/vocabularies';
import { fromJson, toJson } from '#server/platform/database/json';
import type { Tables } from '#server/platform/database/tables';

export interface StoredArea extends Area {
  geometry: unknown;
}

export async function listAreas(db: Kysely<Tables>): Promise<Area[]> {
  const rows = await db
    .selectFrom('areas')
    .select(['id', 'name', 'kind', 'parent_id'])
    .orderBy('kind')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind as AreaKind, parentId: r.parent_id }));
}

/** Every area with an outline, for the map's background (districts first, then wards, beats). */
export async function areaOutlines(db: Kysely<Tables>): Promise<StoredArea[]> {
  const rows = await db
    .selectFrom('areas')
    .select(['id', 'name', 'kind', 'parent_id', 'geometry'])
    .where('geometry', 'is not', null)
    .orderBy('kind')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind as AreaKind,
    parentId: r.parent_id,
    geometry: fromJson(r.geometry ?? 'null', 'areas.geometry'),
  }));
}

export async function areaIds(db: Kysely<Tables>): Promise<Set<string>> {
  const rows = await db.selectFrom('areas').select('id').execute();
  return new Set(rows.map((r) => r.id));
}

/** Inserts or replaces each area; returns how many were new. */
export async function upsertAreas(
  db: Kysely<Tables>,
  areas: readonly StoredArea[],
  now: string,
): Promise<number> {
  const existing = await areaIds(db);
  let created = 0;
  for (const a of areas) {
    const values = {
      name: a.name,
      kind: a.kind,
      parent_id: a.parentId,
      geometry: a.geometry === null || a.geometry === undefined ? null : toJson(a.geometry),
      updated_at: now,
    };
    if (existing.has(a.id)) await db.updateTable('areas').set(values).where('id', '=', a.id).execute();
    else {
      await db
        .insertInto('areas')
        .values({ id: a.id, ...values })
        .execute();
      created += 1;
    }
  }
  return created;
}

export async function listTeamsWithArea(db: Kysely<Tables>): Promise<AdminTeam[]> {
  const teams = await db.selectFrom('teams').select(['id', 'name', 'area_id']).orderBy('id').execute();
  const counts = await db
    .selectFrom('team_members')
    .select(['team_id', (eb) => eb.fn.countAll<number | string>().as('n')])
    .groupBy('team_id')
    .execute();
  const members = new Map(counts.map((c) => [c.team_id, Number(c.n)]));
  return teams.map((t) => ({ id: t.id, name: t.name, areaId: t.area_id, members: members.get(t.id) ?? 0 }));
}

export async function updateTeam(
  db: Kysely<Tables>,
  id: string,
  changes: { name?: string; areaId?: string | null },
): Promise<void> {
  await db
    .updateTable('teams')
    .set({
      ...(changes.name === undefined ? {} : { name: changes.name }),
      ...(changes.areaId === undefined ? {} : { area_id: changes.areaId }),
    })
    .where('id', '=', id)
    .execute();
}

export async function updateUser(
  db: Kysely<Tables>,
  id: string,
  changes: { displayName?: string; role?: RoleCode; disabled?: boolean; passwordHash?: string },
): Promise<void> {
  const set = {
    ...(changes.displayName === undefined ? {} : { display_name: changes.displayName }),
    ...(changes.role === undefined ? {} : { role: changes.role }),
    ...(changes.disabled === undefined ? {} : { disabled: changes.disabled ? 1 : 0 }),
    ...(changes.passwordHash === undefined ? {} : { password_hash: changes.passwordHash }),
  };
  if (Object.keys(set).length === 0) return;
  await db.updateTable('users').set(set).where('id', '=', id).execute();
}

export async function setUserTeams(
  db: Kysely<Tables>,
  userId: string,
  teamIds: readonly string[],
): Promise<void> {
  await db.deleteFrom('team_members').where('user_id', '=', userId).execute();
  for (const teamId of teamIds)
    await db.insertInto('team_members').values({ user_id: userId, team_id: teamId }).execute();
}

export async function teamIdsOf(db: Kysely<Tables>, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('team_members')
    .select('team_id')
    .where('user_id', '=', userId)
    .orderBy('team_id')
    .execute();
  return rows.map((r) => r.team_id);
}
