// The server modules these tests drive, imported in one place. Tests cannot use a `#server/*`
// import alias yet (package.json only maps `#domain/*`), so this is the one file that climbs.
export { buildApp } from '#server/platform/app';
export { loadConfig, type Config } from '#server/platform/config';
export { addTeam, addUser } from '#server/organisation/admin';
export { applyMutation } from '#server/sync/push';
export { toActor } from '#server/auth/sessions';
export { openStore, type Store } from '#server/platform/database/database';
export { migrateToLatest, migrateDownOne } from '#server/platform/database/migrate';
export { sweepPhotos } from '#server/patrol/photo-refs';
