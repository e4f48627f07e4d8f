// Makes the store available to routes as `app.store`. The caller owns it (opens, migrates and
// closes it), so tests can share one database across several app instances.
import type { FastifyPluginCallback } from 'fastify';
import type { Store } from '#server/platform/database/database';
import { globalPlugin } from './global-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    store: Store;
  }
}

export const database: FastifyPluginCallback<{ store: Store }> = globalPlugin((app, { store }, done) => {
  app.decorate('store', store);
  done();
});
