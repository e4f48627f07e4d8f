// Admin commands: audit:verify walks the audit hash chain (store/audit-chain.ts) and reports the
// first broken row, failing with exit code 1, or how many rows it checked.
import { auditVerify } from './verify';
import { CliUsageError, type CliCommand } from '#server/cli/command';

export const auditCommands: Record<string, CliCommand> = {
  'audit:verify': {
    usage: 'audit:verify',
    async run({ store, args }) {
      if (args.length > 0)
        throw new CliUsageError(`audit:verify takes no arguments, not "${args.join(' ')}"`);
      console.log(await auditVerify(store));
    },
  },
};
