// Entry point: read the environment, open and migrate the database, make sure an admin exists,
// listen, and shut down cleanly on SIGINT/SIGTERM.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { buildApp } from './app';
import { loadConfig } from './config';
import { ensureFirstAdmin } from '#server/organisation/admin';
import { openStore } from './database/database';
import { migrateToLatest } from './database/migrate';

const config = loadConfig();
mkdirSync(config.dataDir, { recursive: true });
const store = openStore(config.database);
await migrateToLatest(store.db);

const admin = await ensureFirstAdmin(store.db, config.adminPassword, config.passwordCost, () =>
  randomBytes(18).toString('base64url'),
);
if (admin.generatedPassword !== undefined) {
  // Printed once, on the first start only; it is not stored anywhere in clear.
  console.log(
    `\n  First start: created user "admin" with password: ${admin.generatedPassword}\n  Save it now; it will not be shown again.\n`,
  );
}

const app = await buildApp({ config, store, logger: { level: config.logLevel } });

let closing = false;
async function shutdown(signal: string): Promise<void> {
  if (closing) return;
  closing = true;
  app.log.info(`${signal} received, shutting down`);
  await app.close();
  await store.destroy();
  process.exit(0);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void shutdown(signal));
}

await app.listen({ port: config.port, host: config.host });
const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
app.log.info(`Beatbook force database (${store.kind}) at http://${shown}:${config.port}/`);
