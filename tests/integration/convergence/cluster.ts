// Two real server processes (`tsx server/platform/server.ts`) over one PostgreSQL schema, reached over
// HTTP: the deployment with several stateless instances behind a load balancer.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { createTestDatabase, prepareDatabase, PASSWORD, type Backend } from './backend';
import type { WireResponse } from './transport';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => {
        resolve(port);
      });
    });
  });
}

async function waitForHealth(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const until = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server on ${port} exited (${child.exitCode}):\n${log()}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > until) throw new Error(`server on ${port} did not become healthy:\n${log()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Stops a server we started: its whole process group (tsx runs node as a child), by id. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const pid = child.pid;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  process.kill(-pid, 'SIGTERM');
  const timer = setTimeout(() => {
    if (child.exitCode === null) process.kill(-pid, 'SIGKILL');
  }, 5_000);
  await exited;
  clearTimeout(timer);
}

export async function startCluster(instances = 2): Promise<Backend> {
  const database = await createTestDatabase('postgres');
  const check = await prepareDatabase(database.target);
  const ports: number[] = [];
  for (let i = 0; i < instances; i += 1) ports.push(await freePort());
  const children: ChildProcess[] = [];

  async function start(i: number): Promise<void> {
    const port = ports[i] ?? 0;
    let output = '';
    const child = spawn(TSX, ['server/platform/server.ts'], {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        PORT: String(port),
        HOST: '127.0.0.1',
        STATIC_DIR: '/nonexistent',
        SIGN_IN_PER_MINUTE: '1000000',
        COOKIE_SECURE: 'false',
        LOG_LEVEL: 'warn',
        BEATBOOK_ADMIN_PASSWORD: PASSWORD,
      },
    });
    const keep = (chunk: Buffer): void => {
      output = (output + chunk.toString()).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    children[i] = child;
    await waitForHealth(port, child, () => output);
  }

  try {
    await Promise.all(ports.map((_, i) => start(i)));
  } catch (error) {
    for (const c of children) await stop(c);
    throw error;
  }

  return {
    instances,
    check,
    async deliver(request, server): Promise<WireResponse> {
      const port = ports[server % ports.length] ?? 0;
      const res = await fetch(`http://127.0.0.1:${port}${request.path}`, {
        method: request.method,
        headers: request.headers,
        ...(request.body === undefined ? {} : { body: request.body }),
      });
      const headers: Record<string, string> = {};
      for (const name of ['content-type', 'retry-after']) {
        const value = res.headers.get(name);
        if (value !== null) headers[name] = value;
      }
      return { status: res.status, headers, setCookies: res.headers.getSetCookie(), body: await res.text() };
    },
    async restart(i) {
      const index = i % ports.length;
      const child = children[index];
      if (child !== undefined) await stop(child);
      await start(index);
    },
    async close() {
      for (const c of children) await stop(c);
      await check.destroy();
      await database.drop();
    },
  };
}
