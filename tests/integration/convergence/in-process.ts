// The force database built in this process (buildApp) and reached through inject. Several
// instances, each with its own connection pool, stand in for servers behind a load balancer.
import type { FastifyInstance } from 'fastify';
import { createTestDatabase, prepareDatabase, testConfig, type Backend } from './backend';
import { buildApp } from '#server/platform/app';
import { openStore, type Store } from '#server/platform/database/database';
import type { WireResponse } from './transport';

interface Instance {
  app: FastifyInstance;
  store: Store;
}

export async function startInProcess(kind: 'sqlite' | 'postgres', instances: number): Promise<Backend> {
  const database = await createTestDatabase(kind);
  const check = await prepareDatabase(database.target);
  const config = testConfig();

  async function start(): Promise<Instance> {
    // The caller opens the store; the app only uses it (AppOptions).
    const store = openStore(database.target);
    const app = await buildApp({ config, store, staticDir: null });
    return { app, store };
  }
  async function stop(instance: Instance): Promise<void> {
    await instance.app.close();
    await instance.store.destroy();
  }

  const running: Instance[] = [];
  for (let i = 0; i < instances; i += 1) running.push(await start());

  return {
    instances,
    check,
    async deliver(request, server): Promise<WireResponse> {
      const instance = running[server % running.length];
      if (instance === undefined) throw new Error('no server instance');
      const res = await instance.app.inject({
        method: request.method as 'GET' | 'POST' | 'DELETE',
        url: request.path,
        headers: request.headers,
        ...(request.body === undefined ? {} : { payload: request.body }),
      });
      if (res.statusCode >= 500 && process.env.CONVERGENCE_DEBUG === '1')
        console.error(request.path, res.statusCode, res.body);
      const headers: Record<string, string> = {};
      for (const name of ['content-type', 'retry-after']) {
        const value = res.headers[name];
        if (value !== undefined) headers[name] = String(value);
      }
      const cookies = res.headers['set-cookie'];
      const setCookies = cookies === undefined ? [] : Array.isArray(cookies) ? cookies : [cookies];
      return { status: res.statusCode, headers, setCookies, body: res.body };
    },
    async restart(i) {
      const index = i % running.length;
      const old = running[index];
      if (old === undefined) return;
      await stop(old);
      running[index] = await start();
    },
    async close() {
      for (const instance of running.splice(0)) await stop(instance);
      await check.destroy();
      await database.drop();
    },
  };
}
