// What an admin command is. A command parses its own arguments (node:util parseArgs) and prints
// what it did; it throws CliUsageError for a usage mistake and ApiError (or Error) for anything
// else. Commands live in their feature's folder (server/<feature>/commands.ts) and import only this
// file from the CLI, so the registry can import them without a cycle.
import type { Config } from '#server/platform/config';
import type { Store } from '#server/platform/database/database';

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
