// Admin commands: demo:seed, a realistic synthetic force for trying Beatbook out.
import { parseArgs } from 'node:util';
import { seedDemo } from './seed';
import { CliUsageError, type CliCommand } from '#server/cli/command';

export const demoCommands: Record<string, CliCommand> = {
  'demo:seed': {
    usage: 'demo:seed [--problems N] [--seed N]   load a synthetic force (prints the demo passwords once)',
    async run({ store, config, args }) {
      const { values } = parseArgs({
        args,
        strict: true,
        options: { problems: { type: 'string' }, seed: { type: 'string' } },
      });
      const problems = Number(values.problems ?? '300');
      const seed = Number(values.seed ?? '2026');
      if (!Number.isInteger(problems) || problems < 1 || problems > 20_000)
        throw new CliUsageError('--problems must be a whole number from 1 to 20000');
      if (!Number.isInteger(seed)) throw new CliUsageError('--seed must be a whole number');
      const started = Date.now();
      const result = await seedDemo(store.db, config, { problems, seed });
      console.log(`Loaded the demo force in ${String(Math.round((Date.now() - started) / 1000))} s:`);
      for (const [collection, count] of Object.entries(result.counts))
        console.log(`  ${collection}: ${String(count)} writes`);
      console.log('\nDemo users (these passwords are shown once; reset them with the admin screens):');
      for (const u of result.users)
        console.log(
          `  ${u.username.padEnd(28)} ${u.role.padEnd(16)} ${(u.teamId ?? '-').padEnd(12)} ${u.password}`,
        );
    },
  },
};
