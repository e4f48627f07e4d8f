// The admin CLI as an operator runs it, against a SQLite file a running app also has open.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADERS, testConfig } from './helper';
import { buildApp } from '#server/platform/app';
import { migrateToLatest } from '#server/platform/database/migrate';
import { openStore, type Store } from '#server/platform/database/database';
import type { FastifyInstance } from 'fastify';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

// Each run starts tsx (a second or two, more on a busy machine), hence the generous timeouts.
describe('admin CLI', { timeout: 120_000 }, () => {
  let dataDir = '';
  let store: Store;
  let app: FastifyInstance;

  function admin(args: string[], stdin = ''): Promise<Run> {
    return new Promise((resolve, reject) => {
      const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
      delete env.DATABASE_URL;
      const child = spawn(TSX, ['server/cli/admin.ts', ...args], { cwd: ROOT, env });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('error', reject);
      child.on('close', (code) => {
        resolve({ code, stdout, stderr });
      });
      child.stdin.end(stdin);
    });
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'beatbook-cli-'));
    // The "running server": the app holds the database open for the whole test.
    store = openStore({ kind: 'sqlite', file: path.join(dataDir, 'beatbook.sqlite') });
    await migrateToLatest(store.db);
    app = await buildApp({ config: testConfig(), store, staticDir: null });
    const team = await admin(['team:add', '--id', 'north', '--name', 'North Neighbourhood Team']);
    expect(team).toMatchObject({ code: 0, stderr: '' });
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await store.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('adds a user whose password from standard input signs in', async () => {
    const added = await admin(
      [
        'user:add',
        '--username',
        'pc123',
        '--name',
        'PC Ann Example',
        '--role',
        'officer',
        '--team',
        'north',
        '--password-stdin',
      ],
      'a long password\n',
    );
    expect(added).toMatchObject({ code: 0, stderr: '' });
    const res = await app.inject({
      method: 'POST',
      url: '/api/session',
      headers: HEADERS,
      payload: { username: 'pc123', password: 'a long password' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      displayName: 'PC Ann Example',
      role: 'officer',
      teams: [{ id: 'north', name: 'North Neighbourhood Team' }],
    });
    const list = await admin(['user:list']);
    expect(list.stdout).toContain('pc123\tofficer\tnorth\tPC Ann Example');
  });

  it('fails with one clear line and exit code 1', async () => {
    const user = (name: string, role: string, team: string, password = 'another long one') =>
      admin(
        ['user:add', '--username', name, '--name', 'X', '--role', role, '--team', team, '--password-stdin'],
        password,
      );
    const [duplicateUser, unknownTeam, unknownRole, weak, duplicateTeam, missing] = await Promise.all([
      admin(
        ['user:add', '--username', 'pc123', '--name', 'Again', '--role', 'officer', '--password-stdin'],
        'a long password',
      ),
      user('pc200', 'officer', 'west'),
      user('pc201', 'sergeant', 'north'),
      user('pc202', 'officer', 'north', 'short'),
      admin(['team:add', '--id', 'north', '--name', 'Again']),
      admin(['user:add', '--name', 'No Username', '--role', 'officer', '--password-stdin']),
    ]);
    expect(duplicateUser.stderr).toMatch(/^error: A user "pc123" already exists\.\n$/);
    expect(unknownTeam.stderr).toMatch(/^error: There is no team "west"\.\n$/);
    expect(unknownRole.stderr).toBe(
      'error: Unknown role "sergeant". Valid roles: officer, supervisor, prevention_lead, admin.\n',
    );
    expect(weak.stderr).toContain('at least 10 characters');
    expect(duplicateTeam.stderr).toContain('already exists');
    expect(missing.stderr).toContain('error: missing argument --username');
    for (const run of [duplicateUser, unknownTeam, unknownRole, weak, duplicateTeam, missing])
      expect(run.code).toBe(1);
  });
});
