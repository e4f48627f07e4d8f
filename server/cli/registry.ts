// Admin commands beyond the first few in admin.ts: each feature's group, from server/<feature>/commands.ts.
import type { CliCommand } from './command';
import { auditCommands } from '#server/audit/commands';
import { demoCommands } from '#server/demo/commands';
import { goodPracticeCommands } from '#server/good-practice/commands';
import { hotspotCommands } from '#server/patrol/commands';
import { organisationCommands } from '#server/organisation/commands';

export const commands: Record<string, CliCommand> = {
  ...organisationCommands,
  ...hotspotCommands,
  ...auditCommands,
  ...demoCommands,
  ...goodPracticeCommands,
};
