// The organisation commands (user:disable, user:enable, user:reset-password, user:set-role,
// user:set-teams, team:set-area, areas:import, areas:list). Each calls the same service
// as the admin screens, so the checks and the audit rows are the same; the actor in the audit is
// null (the operator at the server's shell). Registered by commands/organisation.ts.
import { readFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { roleSchema } from '#domain/session';
import { codesOf, roles } from '#domain/vocabularies';
import { ApiError } from '#server/platform/errors';
import {
  changeTeam,
  changeUser,
  findUserRef,
  importAreas,
  resetPassword,
  type UserChanges,
} from './organisation';
import { listAreas } from './store/organisation';
import { CliUsageError, type CliCommand, type CliContext } from '#server/cli/command';

type Options = NonNullable<ParseArgsConfig['options']>;

function parse<O extends Options>(ctx: CliContext, options: O) {
  try {
    return parseArgs({ args: ctx.args, allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
}

function onePositional(positionals: string[], what: string): string {
  const [value, extra] = positionals;
  if (value === undefined || value === '') throw new CliUsageError(`missing ${what}`);
  if (extra !== undefined) throw new CliUsageError(`unexpected argument "${extra}"`);
  return value;
}

async function setUser(ctx: CliContext, ref: string, changes: UserChanges, done: string): Promise<void> {
  const user = await findUserRef(ctx.store.db, ref);
  await changeUser(ctx.store.db, user.id, changes, null);
  console.log(`${done} ${user.username}.`);
}

export const organisationCommands: Record<string, CliCommand> = {
  'user:disable': {
    usage: 'user:disable USERNAME   (ends their sessions at once)',
    async run(ctx) {
      const { positionals } = parse(ctx, {});
      await setUser(ctx, onePositional(positionals, 'username'), { disabled: true }, 'Disabled');
    },
  },
  'user:enable': {
    usage: 'user:enable USERNAME',
    async run(ctx) {
      const { positionals } = parse(ctx, {});
      await setUser(ctx, onePositional(positionals, 'username'), { disabled: false }, 'Enabled');
    },
  },
  'user:reset-password': {
    usage: 'user:reset-password USERNAME --password-stdin   (ends their sessions)',
    async run(ctx) {
      const { positionals, values } = parse(ctx, { 'password-stdin': { type: 'boolean' } });
      const ref = onePositional(positionals, 'username');
      if (values['password-stdin'] !== true)
        throw new CliUsageError(
          'missing argument --password-stdin (the password is read from standard input)',
        );
      const user = await findUserRef(ctx.store.db, ref);
      await resetPassword(ctx.store.db, user.id, await ctx.readStdin(), ctx.config.passwordCost, null);
      console.log(`Set a new password for ${user.username}; their sessions have ended.`);
    },
  },
  'user:set-role': {
    usage: `user:set-role USERNAME --role <${codesOf(roles).join('|')}>`,
    async run(ctx) {
      const { positionals, values } = parse(ctx, { role: { type: 'string' } });
      const ref = onePositional(positionals, 'username');
      const role = roleSchema.safeParse(values.role);
      if (!role.success)
        throw new ApiError(
          'unknown_role',
          400,
          undefined,
          `Unknown role "${values.role ?? ''}". Valid roles: ${codesOf(roles).join(', ')}.`,
        );
      await setUser(ctx, ref, { role: role.data }, `Set the role ${role.data} for`);
    },
  },
  'user:set-teams': {
    usage: 'user:set-teams USERNAME [--team <id>]...   (no --team: in no team)',
    async run(ctx) {
      const { positionals, values } = parse(ctx, { team: { type: 'string', multiple: true } });
      const ref = onePositional(positionals, 'username');
      const teamIds = values.team ?? [];
      await setUser(ctx, ref, { teamIds }, `Set the teams (${teamIds.join(', ') || 'none'}) of`);
    },
  },
  'team:set-area': {
    usage: 'team:set-area TEAM_ID --area <area id> | --none',
    async run(ctx) {
      const { positionals, values } = parse(ctx, { area: { type: 'string' }, none: { type: 'boolean' } });
      const teamId = onePositional(positionals, 'team id');
      if ((values.area === undefined) === (values.none !== true))
        throw new CliUsageError('give either --area <area id> or --none');
      const areaId = values.area ?? null;
      await changeTeam(ctx.store.db, teamId, { areaId }, null);
      console.log(
        areaId === null ? `Team ${teamId} covers no area now.` : `Team ${teamId} covers area ${areaId}.`,
      );
    },
  },
  'areas:import': {
    usage: 'areas:import FILE   (GeoJSON FeatureCollection: id, properties.name, .kind, .parent)',
    async run(ctx) {
      const { positionals } = parse(ctx, {});
      const file = onePositional(positionals, 'file');
      let geojson: unknown;
      try {
        geojson = JSON.parse(await readFile(file, 'utf8'));
      } catch (error) {
        throw new Error(
          `could not read ${file} as JSON: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      try {
        const { created, updated } = await importAreas(ctx.store.db, geojson, null);
        console.log(`Imported ${created + updated} areas from ${file} (${created} new, ${updated} updated).`);
      } catch (error) {
        const errors = (
          error instanceof ApiError ? (error.details as { errors?: string[] } | undefined) : undefined
        )?.errors;
        if (errors === undefined) throw error;
        throw new Error(`${file} was not imported:\n  ${errors.join('\n  ')}`);
      }
    },
  },
  'areas:list': {
    usage: 'areas:list',
    async run(ctx) {
      parse(ctx, {});
      for (const a of await listAreas(ctx.store.db))
        console.log(`${a.id}\t${a.kind}\t${a.parentId ?? '-'}\t${a.name}`);
    },
  },
};
