// Admin commands: audit:verify (issue 6). Not built yet.
import type { CliCommand } from '../registry';

export const auditCommands: Record<string, CliCommand> = {};
