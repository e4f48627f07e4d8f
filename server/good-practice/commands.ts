// Admin commands: published:rescan lists every published copy in which the detector
// now finds personal data, for a prevention lead to review, withdraw and re-publish.
import { rescanPublished } from './rescan';
import { CliUsageError, type CliCommand } from '#server/cli/command';

export const goodPracticeCommands: Record<string, CliCommand> = {
  'published:rescan': {
    usage: 'published:rescan   list published copies in which the detector now finds personal data',
    async run({ store, args }) {
      if (args.length > 0)
        throw new CliUsageError(`published:rescan takes no arguments, not "${args.join(' ')}"`);
      const { checked, flagged } = await rescanPublished(store.db);
      for (const f of flagged) {
        const kinds = Object.entries(f.kinds)
          .map(([kind, n]) => `${String(n)} ${kind}`)
          .join(', ');
        console.log(`${f.reference ?? f.id}  ${f.title}`);
        console.log(`  ${kinds} in ${f.paths.join(', ')}`);
      }
      console.log(
        `${String(flagged.length)} of ${String(checked)} published copies hold something the detector finds.` +
          (flagged.length > 0 ? ' Review each in the nominations queue: withdraw, then publish again.' : ''),
      );
    },
  },
};
