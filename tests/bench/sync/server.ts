// Starts the real server (built app in dist/ + API) on a free port over a given DATA_DIR, as the
// browser tests do, and a plain static server for the floor measurement.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

export interface Running {
  baseUrl: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => {
        done(port);
      });
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.pid === undefined) {
      done();
      return;
    }
    child.once('exit', () => {
      done();
    });
    process.kill(-child.pid, 'SIGTERM');
  });
}

export async function startAppServer(dataDir: string, env: Record<string, string> = {}): Promise<Running> {
  const port = await freePort();
  const baseUrl = `http://localhost:${String(port)}`;
  const child = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), ['server/platform/server.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      STATIC_DIR: join(ROOT, 'dist'),
      LOG_LEVEL: 'warn',
      BEATBOOK_ADMIN_PASSWORD: 'bench-admin-password',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error('the server exited before answering /api/health');
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the server did not answer /api/health within 90 s');
    await new Promise((r) => setTimeout(r, 250));
  }
  return { baseUrl, stop: () => stopChild(child) };
}

/** Serves one JSON body at /floor.json and an empty page at / (its own origin, own IndexedDB). */
export async function startFloorServer(json: string): Promise<Running> {
  const body = Buffer.from(json);
  const server: Server = createServer((req, res) => {
    if (req.url === '/floor.json') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
      res.end(body);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><html lang="en"><title>floor</title></html>');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${String(port)}`,
    stop: () =>
      new Promise<void>((done) =>
        server.close(() => {
          done();
        }),
      ),
  };
}
