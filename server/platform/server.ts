// Entry point: read the environment, open and migrate the database, make sure an admin exists,
// listen, and shut down cleanly on SIGINT/SIGTERM.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { buildApp } from './app';
import { loadConfig } from './config';
import { ensureFirstAdmin } from '#server/organisation/admin';
import { openStore } from './database/database';
import { migrateToLatest } from './database/migrate';
import { scheduleSweep } from '#server/patrol/photo-refs';

const config = loadConfig();
// Owner only (0700): the data directory holds the database, which holds personal data.
if (!existsSync(config.dataDir)) mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
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
// Photo bytes no record refers to any more are removed once their grace period is over.
const stopSweep = scheduleSweep(store.db, {
  graceHours: config.attachmentGraceHours,
  everyMinutes: 60,
  onError: (error) => {
    app.log.error({ err: error }, 'photo sweep failed');
  },
});

let closing = false;
async function shutdown(signal: string): Promise<void> {
  if (closing) return;
  closing = true;
  app.log.info(`${signal} received, shutting down`);
  stopSweep();
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
