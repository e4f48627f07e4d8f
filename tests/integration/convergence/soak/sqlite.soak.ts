// Soak on SQLite: in process (restarts of the app over the same file), then one real server
// process SIGKILLed in the middle of pushes (SQLite's WAL must recover every committed mutation
// and none half-written). Same officer on two devices throughout.
import { defineSoakSuite } from './suite';
import { SHARES } from './settings';

defineSoakSuite({
  kind: 'sqlite',
  instances: 1,
  inProcess: {
    name: 'SQLite in process: no edit lost, duplicated or silently overwritten',
    share: SHARES.sqlite,
  },
  killed: {
    name: 'SQLite server process killed mid-push: no edit lost, duplicated or silently overwritten',
    share: SHARES.sqliteKill,
  },
});
