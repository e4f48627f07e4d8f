// The OSARA, supervisor and timeline modules these tests use, imported in one place (the one
// file here that climbs, as ../app.ts does for the shared screens).
export { checkSection } from '../../../../../src/client/ui/osara/section-value';
export { getAt, setAt } from '../../../../../src/client/ui/osara/paths';
export { teamOverview } from '../../../../../src/client/ui/supervisor/team-overview';
export { timelineEvents } from '../../../../../src/client/ui/timeline/timeline-events';
