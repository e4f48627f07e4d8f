// Soak on PostgreSQL: two app instances in process with their own pools over one schema (requests
// spread over both, restarts), then two real server processes with one SIGKILLed in the middle of
// pushes while the other carries on. Same officer on two devices throughout.
import { defineSoakSuite } from './suite';
import { SHARES } from './settings';

if ((process.env.TEST_DATABASE_URL ?? '') === '')
  throw new Error('npm run soak needs TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test)');

defineSoakSuite({
  kind: 'postgres',
  instances: 2,
  inProcess: {
    name: 'PostgreSQL, two instances in process: no edit lost, duplicated or silently overwritten',
    share: SHARES.postgres,
  },
  killed: {
    name: 'Two PostgreSQL server processes, one killed mid-push: no edit lost, duplicated or silently overwritten',
    share: SHARES.postgresKill,
  },
});
