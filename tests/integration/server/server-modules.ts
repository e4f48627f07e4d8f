// The server modules these tests drive, imported in one place. Tests cannot use a `#server/*`
// import alias yet (package.json only maps `#domain/*`), so this is the one file that climbs.
export { buildApp } from '../../../server/app';
export { loadConfig, type Config } from '../../../server/config';
export { addTeam, addUser } from '../../../server/services/admin';
export { applyMutation } from '../../../server/services/push';
export { toActor } from '../../../server/services/sessions';
export { openStore, type Store } from '../../../server/store/database';
export { migrateToLatest, migrateDownOne } from '../../../server/store/migrate';
