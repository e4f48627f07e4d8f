// The hotspot import as the CLI's commands reach it (commands/ may not climb two levels).
export { importHotspots } from '../services/hotspots';
