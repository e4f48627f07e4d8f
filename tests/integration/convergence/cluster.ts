// Real server processes (`tsx server/platform/server.ts`) reached over HTTP: two or more over one
// PostgreSQL schema (the deployment with several stateless instances behind a load balancer), or
// one over a SQLite file. `killDuring` SIGKILLs a server while it handles a push, as a power cut
// or the OOM killer would, and starts it again.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { build } from 'esbuild';
import { createTestDatabase, prepareDatabase, PASSWORD, type Backend } from './backend';
import type { Store } from '#server/platform/database/database';
import type { WireRequest, WireResponse } from './transport';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
// Inside the repository, so the bundle's imports of packages resolve to its node_modules.
const BUNDLE = path.join(ROOT, `node_modules/.cache/beatbook-soak/server-${process.pid}.mjs`);

/**
 * The server bundled into one file (esbuild, packages left external), so that a restart after a
 * SIGKILL takes a second or two instead of tsx compiling every module again. Built once per run.
 */
let bundled: Promise<string> | undefined;
function bundleServer(): Promise<string> {
  bundled ??= build({
    entryPoints: [path.join(ROOT, 'server/platform/server.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: BUNDLE,
    logLevel: 'warning',
  }).then(() => BUNDLE);
  return bundled;
}

export interface ClusterOptions {
  instances?: number;
  kind?: 'postgres' | 'sqlite';
  /** Run the esbuild bundle of the server with node instead of tsx (faster restarts). */
  bundle?: boolean;
}

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

/** How the pushes cut short by a SIGKILL ended: nothing, part or all of them committed. */
export const killOutcomes = { none: 0, part: 0, all: 0 };

function exitOf(child: ChildProcess): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else
      child.once('exit', () => {
        resolve();
      });
  });
}

/** Stops a server we started: its whole process group (tsx runs node as a child), by id. */
async function stop(child: ChildProcess, signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const pid = child.pid;
  const exited = exitOf(child);
  process.kill(-pid, signal);
  const timer = setTimeout(() => {
    if (child.exitCode === null) process.kill(-pid, 'SIGKILL');
  }, 5_000);
  await exited;
  clearTimeout(timer);
}

/** Counts which of a killed push's mutations the database holds as processed. */
async function countProcessed(check: Store, request: WireRequest): Promise<'none' | 'part' | 'all'> {
  const body = JSON.parse(request.body ?? '{}') as { mutations?: { id: string }[] };
  const ids = (body.mutations ?? []).map((m) => m.id);
  if (ids.length === 0) return 'none';
  const rows = await check.db.selectFrom('processed_mutations').select('id').where('id', 'in', ids).execute();
  return rows.length === 0 ? 'none' : rows.length === ids.length ? 'all' : 'part';
}

// Delays after sending before the kill, cycled: some land before the server has read the
// request, most while its mutations are being applied one transaction at a time.
const KILL_DELAYS_MS = [0, 2, 5, 8, 12, 20, 35];

export async function startCluster({
  instances = 2,
  kind = 'postgres',
  bundle = false,
}: ClusterOptions = {}): Promise<Backend & { ports: number[] }> {
  if (kind === 'sqlite' && instances !== 1) throw new Error('SQLite serves one instance only');
  const [command, args] = bundle
    ? [process.execPath, [await bundleServer()]]
    : [TSX, ['server/platform/server.ts']];
  const database = await createTestDatabase(kind);
  const check = await prepareDatabase(database.target);
  const ports: number[] = [];
  for (let i = 0; i < instances; i += 1) ports.push(await freePort());
  const children: ChildProcess[] = [];

  async function start(i: number): Promise<void> {
    const port = ports[i] ?? 0;
    let output = '';
    const child = spawn(command, args, {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        DATA_DIR: database.target.kind === 'sqlite' ? path.dirname(database.target.file) : '/nonexistent',
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

  const send = (request: WireRequest, server: number): Promise<Response> => {
    const port = ports[server % ports.length] ?? 0;
    return fetch(`http://127.0.0.1:${port}${request.path}`, {
      method: request.method,
      headers: request.headers,
      ...(request.body === undefined ? {} : { body: request.body }),
    });
  };
  let kills = 0;

  return {
    instances,
    ports,
    check,
    async killDuring(request, server) {
      const index = server % ports.length;
      const child = children[index];
      if (child === undefined) throw new Error('no server instance');
      const answered = send(request, index).then(
        (res) => res.text(),
        () => '',
      );
      const delay = KILL_DELAYS_MS[kills % KILL_DELAYS_MS.length] ?? 0;
      kills += 1;
      await new Promise((r) => setTimeout(r, delay));
      await stop(child, 'SIGKILL');
      await answered;
      killOutcomes[await countProcessed(check, request)] += 1;
      await start(index);
    },
    async deliver(request, server): Promise<WireResponse> {
      const res = await send(request, server);
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
