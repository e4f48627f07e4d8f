// Admin commands: hotspots:import (issue 4). Not built yet.
import type { CliCommand } from '../registry';

export const hotspotCommands: Record<string, CliCommand> = {};
