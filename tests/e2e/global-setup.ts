// Starts the real server once for the whole browser run, as production runs it: the compiled
// server (dist-server/, from `npm run build`) with plain node, serving the built app in dist/,
// with a fresh DATA_DIR. Beside it runs an OpenID provider (oidc-provider on a loopback port)
// that the server is configured to use. Creates the teams and users the scenarios sign in as,
// and stops everything afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, type WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startOidcProvider } from '../support/oidc-provider';
import type { E2eEnv, E2eUser } from './support/env';

const ADMIN_CLI = 'dist-server/admin.js';
const SERVER = 'dist-server/server.js';
const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const NODE = process.execPath;
const OIDC_DISPLAY_NAME = 'Test Force ID';
const ARTIFACTS_DIR = join(ROOT, 'tests', 'e2e', 'screenshots');
const HEALTH_TIMEOUT_MS = 90_000;
const CLI_TIMEOUT_MS = 180_000;

function log(message: string): void {
  process.stderr.write(`[e2e setup] ${message}\n`);
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close();
        reject(new Error('could not pick a free port'));
        return;
      }
      const { port } = address;
      server.close(() => {
        resolvePort(port);
      });
    });
  });
}

function password(): string {
  return `e2e-${randomBytes(12).toString('base64url')}`;
}

/** Keeps the last few KB of a process's output, for error messages. */
class Tail {
  private text = '';
  constructor(private readonly limit = 8_000) {}
  push(chunk: string): void {
    this.text = (this.text + chunk).slice(-this.limit);
  }
  toString(): string {
    return this.text.trim() === '' ? '(no output)' : this.text;
  }
}

interface RunResult {
  code: number | null;
  output: string;
}

function runCli(args: readonly string[], env: NodeJS.ProcessEnv, stdin?: string): Promise<RunResult> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(NODE, [ADMIN_CLI, ...args], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const tail = new Tail();
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      tail.push(chunk);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      tail.push(chunk);
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
    }, CLI_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolveRun({ code, output: tail.toString() });
    });
    child.stdin.end(stdin === undefined ? '' : `${stdin}\n`);
  });
}

async function admin(args: readonly string[], env: NodeJS.ProcessEnv, stdin?: string): Promise<void> {
  const shown = `admin ${args.join(' ')}`;
  const result = await runCli(args, env, stdin);
  if (result.code !== 0) {
    throw new Error(
      `e2e setup: \`node ${ADMIN_CLI} ${args.join(' ')}\` exited with ${String(result.code)}:\n${result.output}`,
    );
  }
  log(`${shown}: ok`);
}

/** Like Promise.all, but lets every command finish before failing, so none outlives teardown. */
async function allOrFirstError(tasks: readonly Promise<void>[]): Promise<void> {
  const results = await Promise.allSettled(tasks);
  const failure = results.find((r) => r.status === 'rejected');
  if (failure !== undefined) throw failure.reason;
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (exited(child)) return Promise.resolve(true);
  return new Promise((resolveExit) => {
    const timer = setTimeout(() => {
      resolveExit(false);
    }, ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveExit(true);
    });
  });
}

/** Stops the server and anything it started. */
async function stopServer(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (pid === undefined || exited(child)) return;
  const signalGroup = (signal: NodeJS.Signals): void => {
    try {
      process.kill(-pid, signal);
    } catch {
      // The group is already gone.
    }
  };
  signalGroup('SIGTERM');
  if (!(await waitForExit(child, 10_000))) {
    log('server did not stop within 10 s of SIGTERM; killing it');
    signalGroup('SIGKILL');
    await waitForExit(child, 5_000);
  }
}

async function waitForHealth(baseUrl: string, child: ChildProcess, tail: Tail): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (exited(child)) {
      throw new Error(
        `e2e setup: the server exited (code ${String(child.exitCode)}, signal ${String(child.signalCode)}) before /api/health answered.\nServer output:\n${tail.toString()}`,
      );
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
      lastProblem = `HTTP ${String(response.status)}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(
    `e2e setup: ${baseUrl}/api/health did not answer 200 within ${String(HEALTH_TIMEOUT_MS / 1000)} s (last: ${lastProblem}).\nServer output:\n${tail.toString()}`,
  );
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // E2E_DIST lets a developer test a build in another folder (several builds side by side).
  const distDir = resolve(ROOT, process.env.E2E_DIST ?? 'dist');
  const indexHtml = join(distDir, 'index.html');
  if (!existsSync(indexHtml)) {
    throw new Error(
      `e2e setup: ${indexHtml} is missing. The browser tests run against the built app: run \`npm run build\` first (\`npm run test:e2e\` does this for you).`,
    );
  }
  for (const script of [SERVER, ADMIN_CLI]) {
    if (!existsSync(resolve(ROOT, script)))
      throw new Error(
        `e2e setup: ${script} is missing. The browser tests run the compiled server and admin CLI: run \`npm run build\` first.`,
      );
  }

  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const dataDir = await mkdtemp(join(tmpdir(), 'beatbook-e2e-'));
  const port = await freePort();
  const host = process.env.E2E_HOST ?? 'localhost';
  const baseUrl = `http://${host}:${String(port)}`;
  const adminPassword = password();
  const provider = await startOidcProvider(`${baseUrl}/api/session/oidc/callback`);
  log(`OpenID provider at ${provider.issuer}`);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    STATIC_DIR: distDir,
    BEATBOOK_ADMIN_PASSWORD: adminPassword,
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: provider.clientId,
    OIDC_CLIENT_SECRET: provider.clientSecret,
    OIDC_REDIRECT_URL: `${baseUrl}/api/session/oidc/callback`,
    OIDC_DISPLAY_NAME,
    // Every scenario signs in from 127.0.0.1: the per-address limit (10 a minute) is tested in
    // the server tests, not here, where a fast run signs in more often than that.
    SIGN_IN_PER_MINUTE: '1000',
  };
  // The e2e run always uses the embedded SQLite database under DATA_DIR.
  delete env.DATABASE_URL;

  const serverLogPath = join(ARTIFACTS_DIR, `server-${String(port)}.log`);
  const serverLog: WriteStream = createWriteStream(serverLogPath, { flags: 'w' });
  const tail = new Tail();
  log(`starting server on ${baseUrl} (DATA_DIR=${dataDir}, log: ${serverLogPath})`);
  const server = spawn(NODE, [SERVER], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  for (const stream of [server.stdout, server.stderr]) {
    stream.setEncoding('utf8').on('data', (chunk: string) => {
      tail.push(chunk);
      serverLog.write(chunk);
    });
  }
  // If vitest itself dies, do not leave the server behind (teardown is the normal path).
  const killOnExit = (): void => {
    if (server.pid !== undefined && !exited(server)) {
      try {
        process.kill(-server.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  };
  process.once('exit', killOnExit);
  server.on('exit', (code, signal) => {
    serverLog.write(`\n[e2e] server exited: code ${String(code)}, signal ${String(signal)}\n`);
  });

  const teardown = async (): Promise<void> => {
    await stopServer(server);
    await provider.close();
    process.removeListener('exit', killOnExit);
    await new Promise<void>((r) => serverLog.end(r));
    if (process.env.E2E_KEEP_DATA === '1') {
      log(`kept DATA_DIR ${dataDir}`);
    } else {
      await rm(dataDir, { recursive: true, force: true });
    }
  };

  try {
    const started = Date.now();
    await waitForHealth(baseUrl, server, tail);
    log(`server healthy after ${String(Date.now() - started)} ms`);

    const users: E2eEnv['users'] = {
      officer: {
        username: 'pc123',
        displayName: 'PC Ann Example',
        role: 'officer',
        team: 'north',
        password: password(),
      },
      teammate: {
        username: 'pc124',
        displayName: 'PC Ben Example',
        role: 'officer',
        team: 'north',
        password: password(),
      },
      otherTeamOfficer: {
        username: 'pc200',
        displayName: 'PC Cal Example',
        role: 'officer',
        team: 'south',
        password: password(),
      },
      supervisor: {
        username: 'sgt100',
        displayName: 'Sgt Dee Example',
        role: 'supervisor',
        team: 'north',
        password: password(),
      },
      otherTeamSupervisor: {
        username: 'sgt200',
        displayName: 'Sgt Eve Example',
        role: 'supervisor',
        team: 'south',
        password: password(),
      },
      preventionLead: {
        username: 'pl300',
        displayName: 'Insp Fay Example',
        role: 'prevention_lead',
        team: null,
        password: password(),
      },
      admin: {
        username: 'admin',
        displayName: 'Administrator',
        role: 'admin',
        team: null,
        password: adminPassword,
      },
    };

    // The CLI is documented to work beside the running server (SQLite WAL + busy timeout), so the
    // commands of one kind run side by side: each tsx start-up costs seconds on a busy machine.
    await allOrFirstError([
      admin(['team:add', '--id', 'north', '--name', 'North Neighbourhood Team'], env),
      admin(['team:add', '--id', 'south', '--name', 'South Neighbourhood Team'], env),
    ]);
    // The admin user is created by the server itself on first start.
    const all: E2eUser[] = Object.values(users).filter((user) => user.username !== 'admin');
    await allOrFirstError(
      all.map((user) =>
        admin(
          [
            'user:add',
            '--username',
            user.username,
            '--name',
            user.displayName,
            '--role',
            user.role,
            ...(user.team === null ? [] : ['--team', user.team]),
            '--password-stdin',
          ],
          env,
          user.password,
        ),
      ),
    );
    // Signs in only through the provider (no Beatbook password at all).
    const providerUser = { username: 'pc901', displayName: 'PC Gil Example' };
    await admin(
      [
        'user:add',
        '--username',
        providerUser.username,
        '--name',
        providerUser.displayName,
        '--role',
        'officer',
        '--team',
        'north',
        '--no-password',
      ],
      env,
    );
    log(`teams and users created after ${String(Date.now() - started)} ms`);

    const serverEnv: Record<string, string> = { DATA_DIR: dataDir, STATIC_DIR: distDir };
    const provided: E2eEnv = {
      baseUrl,
      dataDir,
      serverEnv,
      artifactsDir: ARTIFACTS_DIR,
      users,
      oidc: { displayName: OIDC_DISPLAY_NAME, user: providerUser },
    };
    project.provide('e2e', provided);
  } catch (error) {
    await teardown();
    throw error;
  }

  return teardown;
}
