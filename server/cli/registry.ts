// Admin commands beyond the first few in admin.ts, each group in its own file under commands/.
// A command parses its own arguments (node:util parseArgs) and prints what it did; it throws
// CliUsageError for a usage mistake and ApiError (or Error) for anything else.
import type { Config } from '../config';
import type { Store } from '../store/database';
import { auditCommands } from './commands/audit';
import { demoCommands } from './commands/demo';
import { hotspotCommands } from './commands/hotspots';
import { organisationCommands } from './commands/organisation';

export class CliUsageError extends Error {}

export interface CliContext {
  store: Store;
  config: Config;
  /** The arguments after the command name. */
  args: string[];
  /** Standard input as text, with one trailing line ending removed. */
  readStdin(): Promise<string>;
}

export interface CliCommand {
  /** One usage line, e.g. `hotspots:import FILE --date YYYY-MM-DD`. */
  usage: string;
  run(ctx: CliContext): Promise<void>;
}

export const commands: Record<string, CliCommand> = {
  ...organisationCommands,
  ...hotspotCommands,
  ...auditCommands,
  ...demoCommands,
};
