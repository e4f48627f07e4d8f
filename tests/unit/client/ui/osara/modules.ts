// The OSARA, supervisor and timeline modules these tests use, imported in one place (the one
// file here that climbs, as ../app.ts does for the shared screens).
export { checkSection } from '#client/osara/ui/section-value';
export { getAt, setAt } from '#client/osara/ui/paths';
export { teamOverview } from '#client/supervision/ui/team-overview';
export { timelineEvents } from '#client/problems/ui/timeline/timeline-events';
