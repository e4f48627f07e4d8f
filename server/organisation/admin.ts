// Creating teams and users: shared by the admin CLI and the first-start bootstrap, with the
// checks that give a clear, stable error instead of a database constraint message.
import type { Kysely } from 'kysely';
import { uuidv7 } from '#domain/ids';
import { MIN_PASSWORD_LENGTH, roleSchema, USERNAME_PATTERN } from '#domain/session';
import { codesOf, roles, type RoleCode } from '#domain/vocabularies';
import type { PasswordCost } from '#server/platform/config';
import { ApiError } from '#server/platform/errors';
import { writeAudit } from '#server/platform/store/audit-log';
import type { Tables } from '#server/platform/database/tables';
import {
  countUsers,
  findTeam,
  findUserByUsername,
  insertTeam,
  insertUser,
} from '#server/platform/store/users';
import { hashPassword, NO_PASSWORD } from '#server/auth/passwords';

export interface NewUser {
  username: string;
  displayName: string;
  role: string;
  teamIds: readonly string[];
  /** null: signs in only through the force's OpenID provider (`user:add --no-password`). */
  password: string | null;
}

const fail = (code: ConstructorParameters<typeof ApiError>[0], message: string): never => {
  throw new ApiError(code, 400, undefined, message);
};

export async function addTeam(
  db: Kysely<Tables>,
  id: string,
  name: string,
  by: string | null = null,
): Promise<void> {
  if (!/^[a-z0-9][a-z0-9_-]{0,63}$/.test(id))
    fail('invalid_request', `Team id "${id}" must be lower-case letters, digits, - or _ (up to 64).`);
  if (name.trim() === '') fail('invalid_request', 'Team name must not be empty.');
  if ((await findTeam(db, id)) !== undefined)
    fail('duplicate_team', `A team with id "${id}" already exists.`);
  await insertTeam(db, { id, name: name.trim() });
  await writeAudit(db, { userId: by, action: 'team.create', recordId: id });
}

export async function addUser(
  db: Kysely<Tables>,
  user: NewUser,
  cost: PasswordCost,
  by: string | null = null,
): Promise<string> {
  const username = user.username.trim().toLowerCase();
  if (!USERNAME_PATTERN.test(username))
    fail(
      'invalid_request',
      `Username "${user.username}" must be 2-64 lower-case letters, digits, ".", "_", "-" or "@" (so a force sign-in name such as pc123@force.police.uk fits).`,
    );
  const role = roleSchema.safeParse(user.role);
  if (!role.success)
    fail('unknown_role', `Unknown role "${user.role}". Valid roles: ${codesOf(roles).join(', ')}.`);
  if (user.password !== null && user.password.length < MIN_PASSWORD_LENGTH)
    fail('weak_password', `The password must be at least ${MIN_PASSWORD_LENGTH} characters.`);
  if (user.displayName.trim() === '') fail('invalid_request', 'Display name must not be empty.');
  if ((await findUserByUsername(db, username)) !== undefined)
    fail('duplicate_user', `A user "${username}" already exists.`);
  const teamIds = [...new Set(user.teamIds)];
  for (const teamId of teamIds) {
    if ((await findTeam(db, teamId)) === undefined) fail('unknown_team', `There is no team "${teamId}".`);
  }
  const id = uuidv7();
  const passwordHash = user.password === null ? NO_PASSWORD : await hashPassword(user.password, cost);
  await db.transaction().execute(async (trx) => {
    await insertUser(
      trx,
      {
        id,
        username,
        displayName: user.displayName.trim(),
        role: role.data as RoleCode,
        passwordHash,
        disabled: false,
        createdAt: new Date().toISOString(),
      },
      teamIds,
    );
    await writeAudit(trx, {
      userId: by,
      action: 'user.create',
      recordId: id,
      details: { username, role: role.data, teamIds, password: user.password !== null },
    });
  });
  return id;
}

/**
 * On an empty users table, create `admin` so someone can sign in at all. Returns the generated
 * password when none was configured, for the caller to print exactly once.
 */
export async function ensureFirstAdmin(
  db: Kysely<Tables>,
  configured: string | undefined,
  cost: PasswordCost,
  generate: () => string,
): Promise<{ created: boolean; generatedPassword?: string }> {
  if ((await countUsers(db)) > 0) return { created: false };
  const password = configured ?? generate();
  await addUser(
    db,
    { username: 'admin', displayName: 'Administrator', role: 'admin', teamIds: [], password },
    cost,
  );
  return configured === undefined ? { created: true, generatedPassword: password } : { created: true };
}
