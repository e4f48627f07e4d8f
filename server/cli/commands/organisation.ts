// Admin commands: users, teams and areas beyond admin.ts (issue 6). Not built yet.
import type { CliCommand } from '../registry';

export const organisationCommands: Record<string, CliCommand> = {};
