// The server modules these unit tests cover, imported in one place. Tests cannot use a
// `#server/*` import alias yet (package.json only maps `#domain/*`), so this file climbs.
export { canWriteProblem, canWriteRecord, feedScope, type Actor } from '../../../server/services/access';
export {
  canonicalJson,
  checkChanges,
  checkWholeRecord,
  payloadHash,
  serverOnlyFields,
} from '../../../server/services/mutation-checks';
export { hashPassword, verifyPassword } from '../../../server/services/passwords';
export { planMutation } from '../../../server/services/plan-mutation';
export { DEFAULT_PASSWORD_COST, loadConfig } from '../../../server/config';
export type { StoredRecord } from '../../../server/store/records';
