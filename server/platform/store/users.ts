// All SQL for users, teams and team membership. Rows are mapped to plain objects here.
import type { Kysely } from 'kysely';
import type { Team } from '#domain/session';
import type { RoleCode } from '#domain/vocabularies';
import type { Tables, UsersTable } from '#server/platform/database/tables';

export interface StoredUser {
  id: string;
  username: string;
  displayName: string;
  role: RoleCode;
  passwordHash: string;
  disabled: boolean;
  createdAt: string;
}

function toUser(row: UsersTable): StoredUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as RoleCode,
    passwordHash: row.password_hash,
    disabled: row.disabled !== 0,
    createdAt: row.created_at,
  };
}

export async function findUserByUsername(
  db: Kysely<Tables>,
  username: string,
): Promise<StoredUser | undefined> {
  const row = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  return row && toUser(row);
}

export async function findUserById(db: Kysely<Tables>, id: string): Promise<StoredUser | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toUser(row);
}

export async function listUsers(db: Kysely<Tables>): Promise<(StoredUser & { teamIds: string[] })[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('username').execute();
  const members = await db.selectFrom('team_members').selectAll().execute();
  return rows.map((row) => ({
    ...toUser(row),
    teamIds: members.filter((m) => m.user_id === row.id).map((m) => m.team_id),
  }));
}

export async function countUsers(db: Kysely<Tables>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function insertUser(
  db: Kysely<Tables>,
  user: StoredUser,
  teamIds: readonly string[],
): Promise<void> {
  await db
    .insertInto('users')
    .values({
      id: user.id,
      username: user.username,
      display_name: user.displayName,
      role: user.role,
      password_hash: user.passwordHash,
      disabled: user.disabled ? 1 : 0,
      created_at: user.createdAt,
    })
    .execute();
  for (const teamId of teamIds) {
    await db.insertInto('team_members').values({ user_id: user.id, team_id: teamId }).execute();
  }
}

export async function teamsOfUser(db: Kysely<Tables>, userId: string): Promise<Team[]> {
  return db
    .selectFrom('team_members')
    .innerJoin('teams', 'teams.id', 'team_members.team_id')
    .select(['teams.id', 'teams.name'])
    .where('team_members.user_id', '=', userId)
    .orderBy('teams.id')
    .execute();
}

export async function findTeam(db: Kysely<Tables>, id: string): Promise<Team | undefined> {
  return db.selectFrom('teams').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
}

export async function listTeams(db: Kysely<Tables>): Promise<Team[]> {
  return db.selectFrom('teams').select(['id', 'name']).orderBy('id').execute();
}

export async function insertTeam(db: Kysely<Tables>, team: Team): Promise<void> {
  await db.insertInto('teams').values(team).execute();
}
