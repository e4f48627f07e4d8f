// Admin commands: npm run admin -- <command> [options]. Uses the same store and migrations as
// the server, and works while it runs (SQLite WAL + busy timeout, or PostgreSQL).
import { parseArgs } from 'node:util';
import { loadConfig } from '#server/platform/config';
import { ApiError } from '#server/platform/errors';
import { addTeam, addUser } from '#server/organisation/admin';
import { openStore, type Store } from '#server/platform/database/database';
import { migrateToLatest } from '#server/platform/database/migrate';
import { listTeams, listUsers } from '#server/platform/store/users';
import { NO_PASSWORD } from '#server/auth/passwords';
import { CliUsageError } from './command';
import { commands } from './registry';

const USAGE = `Usage: npm run admin -- <command>
  team:add --id <id> --name <name>
  team:list
  user:add --username <username> --name <display name> --role <role> [--team <id>]... --password-stdin | --no-password
            (--no-password: signs in only through the force's OpenID provider)
  user:list`;

/** The usage text, with the commands registered in registry.ts. */
function usage(): string {
  return [USAGE, ...Object.values(commands).map((c) => `  ${c.usage}`)].join('\n');
}

class UsageError extends CliUsageError {}

// A registered command parses its own arguments; the built-in ones share the options below.
const argv = process.argv.slice(2);
const registered = argv[0] === undefined ? undefined : commands[argv[0]];

const options = {
  id: { type: 'string' },
  name: { type: 'string' },
  username: { type: 'string' },
  role: { type: 'string' },
  team: { type: 'string', multiple: true },
  'password-stdin': { type: 'boolean' },
  'no-password': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function parse() {
  if (registered !== undefined) return { positionals: [argv[0]], values: {} as Record<string, never> };
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}\n${usage()}`);
    process.exit(1);
  }
}
const { positionals, values } = parse();

function required(name: 'id' | 'name' | 'username' | 'role'): string {
  const value = values[name];
  if (value === undefined || value === '') throw new UsageError(`missing argument --${name}`);
  return value;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // Strip only the line ending `echo` or a here-doc adds; other whitespace is part of the password.
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

async function run(store: Store, command: string | undefined): Promise<void> {
  const config = loadConfig();
  if (registered !== undefined) {
    await registered.run({ store, config, args: argv.slice(1), readStdin });
    return;
  }
  switch (command) {
    case 'team:add': {
      const id = required('id');
      await addTeam(store.db, id, required('name'));
      console.log(`Added team ${id}.`);
      return;
    }
    case 'team:list':
      for (const t of await listTeams(store.db)) console.log(`${t.id}\t${t.name}`);
      return;
    case 'user:add': {
      const username = required('username');
      const displayName = required('name');
      const role = required('role');
      const noPassword = values['no-password'] === true;
      if (noPassword === (values['password-stdin'] === true))
        throw new UsageError(
          'give one of --password-stdin (the password is read from standard input) or --no-password',
        );
      const password = noPassword ? null : await readStdin();
      await addUser(
        store.db,
        { username, displayName, role, teamIds: values.team ?? [], password },
        config.passwordCost,
      );
      console.log(
        `Added user ${username.toLowerCase()}${noPassword ? ' (signs in through the OpenID provider only)' : ''}.`,
      );
      return;
    }
    case 'user:list':
      for (const u of await listUsers(store.db)) {
        console.log(
          `${u.username}\t${u.role}\t${u.teamIds.join(',') || '-'}\t${u.displayName}${u.passwordHash === NO_PASSWORD ? '\t(provider only)' : ''}${u.disabled ? '\t(disabled)' : ''}`,
        );
      }
      return;
    default:
      throw new UsageError(command === undefined ? 'missing command' : `unknown command "${command}"`);
  }
}

async function main(): Promise<number> {
  if (values.help === true) {
    console.log(usage());
    return 0;
  }
  const store = openStore(loadConfig().database);
  try {
    await migrateToLatest(store.db);
    await run(store, positionals[0]);
    return 0;
  } catch (error) {
    if (error instanceof CliUsageError) console.error(`error: ${error.message}\n${usage()}`);
    else if (error instanceof ApiError) console.error(`error: ${error.message}`);
    else console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await store.destroy();
  }
}

process.exitCode = await main();
