// The server modules these unit tests cover, imported in one place. Tests cannot use a
// `#server/*` import alias yet (package.json only maps `#domain/*`), so this file climbs.
export { canWriteProblem, canWriteRecord, feedScope, type Actor } from '#server/sync/access';
export {
  canonicalJson,
  checkChanges,
  checkWholeRecord,
  payloadHash,
  serverOnlyFields,
} from '#server/sync/mutation-checks';
export { hashPassword, verifyPassword } from '#server/auth/passwords';
export { planMutation } from '#server/sync/plan-mutation';
export { DEFAULT_PASSWORD_COST, loadConfig } from '#server/platform/config';
export type { StoredRecord } from '#server/platform/store/records';
