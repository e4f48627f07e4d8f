// Admin commands: hotspots:import loads an analyst's GeoJSON hotspots for one day.
// The checks and the writing are in services/hotspots.ts; this parses arguments and prints.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { importHotspots } from './hotspots';
import { CliUsageError, type CliCommand } from '#server/cli/command';

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`could not read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export const hotspotCommands: Record<string, CliCommand> = {
  'hotspots:import': {
    usage:
      "hotspots:import FILE --date YYYY-MM-DD [--replace]   load the day's hotspots (GeoJSON); --replace deletes that day's hotspots missing from FILE",
    async run({ store, args }) {
      let parsed;
      try {
        parsed = parseArgs({
          args,
          strict: true,
          allowPositionals: true,
          options: { date: { type: 'string' }, replace: { type: 'boolean' } },
        });
      } catch (error) {
        throw new CliUsageError(error instanceof Error ? error.message : String(error));
      }
      const { positionals, values } = parsed;
      const [file, ...extra] = positionals;
      if (file === undefined) throw new CliUsageError('hotspots:import needs the GeoJSON FILE');
      if (extra.length > 0)
        throw new CliUsageError(`hotspots:import takes one FILE, not also "${extra.join(' ')}"`);
      if (values.date === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(values.date))
        throw new CliUsageError('hotspots:import needs --date YYYY-MM-DD (the day the hotspots are for)');
      const result = await importHotspots(store.db, await readJson(file), {
        date: values.date,
        replace: values.replace === true,
        source: file,
      });
      const total = result.created.length + result.updated.length + result.unchanged.length;
      console.log(`Imported ${String(total)} hotspots for ${result.date} from ${file}:`);
      for (const [label, list] of [
        ['new', result.created],
        ['updated', result.updated],
        ['unchanged', result.unchanged],
        ['deleted (not in the file)', result.deleted],
      ] as const) {
        for (const h of list) console.log(`  ${label.padEnd(9)} ${h.sourceId}\t${h.name}`);
      }
    },
  },
};
