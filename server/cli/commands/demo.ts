// Admin commands: demo:seed (issue 7). Not built yet.
import type { CliCommand } from '../registry';

export const demoCommands: Record<string, CliCommand> = {};
