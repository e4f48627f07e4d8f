// The organisation: an admin manages users, teams and areas through /api/admin/*, with
// field-level errors and audit rows; a disabled user's open session ends at once. The admin
// command line does the same through the same service.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminTeam, AdminUser } from '#domain/organisation';
import { databaseNames, HEADERS, PASSWORD, signIn, startServer, testConfig, type TestServer } from './helper';
import { addTeam, addUser } from '#server/organisation/admin';
import { buildApp } from '#server/platform/app';
import { migrateToLatest } from '#server/platform/database/migrate';
import { openStore } from '#server/platform/database/database';

const feature = (id: string, name: string, kind: string, parent?: string) => ({
  type: 'Feature',
  id,
  properties: { name, kind, ...(parent === undefined ? {} : { parent }) },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [-1.5, 53.8],
        [-1.4, 53.8],
        [-1.4, 53.9],
        [-1.5, 53.8],
      ],
    ],
  },
});
const areasFile = {
  type: 'FeatureCollection',
  features: [
    feature('d-north', 'North District', 'district'),
    feature('w-market', 'Market Ward', 'ward', 'd-north'),
    feature('b-market-1', 'Market Beat 1', 'beat', 'w-market'),
  ],
};

describe.each(databaseNames)('organisation on %s', (db) => {
  let s: TestServer;
  let admin = '';
  beforeAll(async () => {
    s = await startServer(db);
    admin = await signIn(s.app, 'admin');
  });
  afterAll(async () => {
    await s.close();
  });

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown, cookie = admin) =>
    s.app.inject({
      method,
      url,
      headers: { ...HEADERS, cookie },
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
  const auditActions = async () =>
    (await s.store.db.selectFrom('audit').select('action').execute()).map((r) => r.action);
  const userId = async (username: string) =>
    (
      await s.store.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', username)
        .executeTakeFirstOrThrow()
    ).id;

  it('lists users with their role, teams and whether they are disabled', async () => {
    const res = await call('GET', '/api/admin/users');
    expect(res.statusCode).toBe(200);
    const { users } = res.json<{ users: AdminUser[] }>();
    expect(users.find((u) => u.username === 'north1')).toMatchObject({
      role: 'officer',
      teamIds: ['north'],
      disabled: false,
    });
    expect(JSON.stringify(users)).not.toContain('scrypt');
  });

  it('creates a user who can then sign in, and says which field is wrong when it cannot', async () => {
    const res = await call('POST', '/api/admin/users', {
      username: 'PC555',
      displayName: 'PC Jones',
      role: 'officer',
      teamIds: ['south'],
      password: 'a long enough password',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ username: 'pc555', teamIds: ['south'], disabled: false });
    await signIn(s.app, 'pc555', 'a long enough password');

    const short = await call('POST', '/api/admin/users', {
      username: 'pc556',
      displayName: 'PC Short',
      role: 'officer',
      teamIds: [],
      password: 'short',
    });
    expect(short.statusCode).toBe(400);
    expect(short.json()).toMatchObject({
      error: { code: 'invalid_request', details: [{ path: 'password' }] },
    });
    const duplicate = await call('POST', '/api/admin/users', {
      username: 'pc555',
      displayName: 'Again',
      role: 'officer',
      teamIds: [],
      password: 'a long enough password',
    });
    expect(duplicate.json()).toMatchObject({ error: { code: 'duplicate_user' } });
    const noTeam = await call('POST', '/api/admin/users', {
      username: 'pc557',
      displayName: 'PC Nowhere',
      role: 'officer',
      teamIds: ['east'],
      password: 'a long enough password',
    });
    expect(noTeam.json()).toMatchObject({ error: { code: 'unknown_team' } });
    expect(await auditActions()).toContain('user.create');
  });

  it('ends a disabled user’s open session at once, and lets them back in when enabled', async () => {
    const session = await signIn(s.app, 'north2');
    const id = await userId('north2');
    const off = await call('PATCH', `/api/admin/users/${id}`, { disabled: true });
    expect(off.statusCode).toBe(200);
    expect(off.json()).toMatchObject({ disabled: true });
    const me = await s.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: session } });
    expect(me.statusCode).toBe(401);
    const again = await s.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: HEADERS,
      payload: { username: 'north2', password: PASSWORD },
    });
    expect(again.json()).toMatchObject({ error: { code: 'invalid_credentials' } });
    expect((await call('PATCH', `/api/admin/users/${id}`, { disabled: false })).statusCode).toBe(200);
    await signIn(s.app, 'north2');
    expect(await auditActions()).toEqual(expect.arrayContaining(['user.disable', 'user.enable']));
  });

  it('resets a password: the old one stops working and open sessions end', async () => {
    const session = await signIn(s.app, 'south1');
    const id = await userId('south1');
    const weak = await call('POST', `/api/admin/users/${id}/password`, { password: 'short' });
    expect(weak.statusCode).toBe(400);
    const res = await call('POST', `/api/admin/users/${id}/password`, { password: 'a brand new password' });
    expect(res.statusCode).toBe(204);
    expect(
      (await s.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: session } })).statusCode,
    ).toBe(401);
    await signIn(s.app, 'south1', 'a brand new password');
    const old = await s.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: HEADERS,
      payload: { username: 'south1', password: PASSWORD },
    });
    expect(old.statusCode).toBe(401);
  });

  it('changes a role and teams, which the next request already sees', async () => {
    const session = await signIn(s.app, 'pc555', 'a long enough password');
    const id = await userId('pc555');
    const res = await call('PATCH', `/api/admin/users/${id}`, {
      role: 'supervisor',
      teamIds: ['north', 'south'],
    });
    expect(res.json()).toMatchObject({ role: 'supervisor', teamIds: ['north', 'south'] });
    const me = await s.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: session } });
    expect(me.json()).toMatchObject({ role: 'supervisor', teams: [{ id: 'north' }, { id: 'south' }] });
    expect(await auditActions()).toEqual(expect.arrayContaining(['user.set_role', 'user.set_teams']));
    const unknown = await call('PATCH', `/api/admin/users/${id}`, { teamIds: ['nowhere'] });
    expect(unknown.json()).toMatchObject({ error: { code: 'unknown_team' } });
    const missing = await call('PATCH', '/api/admin/users/00000000-0000-7000-8000-000000000000', {
      role: 'officer',
    });
    expect(missing.statusCode).toBe(404);
  });

  it('does not let an admin disable themselves or drop their own admin role', async () => {
    const id = await userId('admin');
    for (const change of [{ disabled: true }, { role: 'officer' }]) {
      const res = await call('PATCH', `/api/admin/users/${id}`, change);
      expect(res.json()).toMatchObject({ error: { code: 'own_account' } });
    }
  });

  it('imports areas from GeoJSON and names the feature of each problem', async () => {
    const bad = await call('POST', '/api/admin/areas', {
      type: 'FeatureCollection',
      features: [feature('w-x', 'Ward X', 'ward', 'd-missing'), feature('b-y', 'Beat Y', 'sector')],
    });
    expect(bad.statusCode).toBe(400);
    const errors = bad.json<{ error: { code: string; details: { errors: string[] } } }>().error;
    expect(errors.code).toBe('invalid_areas');
    expect(errors.details.errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Feature 1 "w-x".*parent "d-missing"/),
        expect.stringMatching(/^Feature 2 "b-y".*district, ward or beat/),
      ]),
    );
    const ok = await call('POST', '/api/admin/areas', areasFile);
    expect(ok.json()).toEqual({ created: 3, updated: 0 });
    const again = await call('POST', '/api/admin/areas', areasFile);
    expect(again.json()).toEqual({ created: 0, updated: 3 });
    const list = await call('GET', '/api/admin/areas');
    expect(list.json<{ areas: unknown[] }>().areas).toContainEqual({
      id: 'w-market',
      name: 'Market Ward',
      kind: 'ward',
      parentId: 'd-north',
    });
  });

  it('creates and renames teams and attaches them to areas', async () => {
    const created = await call('POST', '/api/admin/teams', {
      id: 'market',
      name: 'Market Team',
      areaId: 'w-market',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({ id: 'market', name: 'Market Team', areaId: 'w-market', members: 0 });
    const renamed = await call('PATCH', '/api/admin/teams/market', {
      name: 'Market NPT',
      areaId: 'b-market-1',
    });
    expect(renamed.json()).toMatchObject({ name: 'Market NPT', areaId: 'b-market-1' });
    const noArea = await call('PATCH', '/api/admin/teams/market', { areaId: 'nowhere' });
    expect(noArea.json()).toMatchObject({ error: { code: 'unknown_area' } });
    const dup = await call('POST', '/api/admin/teams', { id: 'market', name: 'Again' });
    expect(dup.json()).toMatchObject({ error: { code: 'duplicate_team' } });
    const list = await call('GET', '/api/admin/teams');
    expect(list.json<{ teams: AdminTeam[] }>().teams.find((t) => t.id === 'north')).toMatchObject({
      members: 4,
    });
    expect(await auditActions()).toEqual(
      expect.arrayContaining(['team.create', 'team.rename', 'team.set_area']),
    );
  });
});

const ROOT = path.resolve(import.meta.dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

describe('organisation commands', { timeout: 300_000 }, () => {
  let dataDir = '';
  const admin = (args: string[], stdin = '') =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
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
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'beatbook-org-cli-'));
  });
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  // Each run starts tsx (seconds on a loaded machine), so independent commands run side by side.
  it('imports areas, attaches a team, and disables, re-roles and resets a user', async () => {
    const file = path.join(dataDir, 'areas.geojson');
    writeFileSync(file, JSON.stringify(areasFile));
    const bad = path.join(dataDir, 'bad.geojson');
    writeFileSync(
      bad,
      JSON.stringify({ type: 'FeatureCollection', features: [feature('b-1', 'Beat', 'beat', 'nope')] }),
    );
    // The "running server" over the same SQLite file, which also sets up a team and a user.
    const store = openStore({ kind: 'sqlite', file: path.join(dataDir, 'beatbook.sqlite') });
    await migrateToLatest(store.db);
    const config = testConfig();
    const app = await buildApp({ config, store, staticDir: null });
    await addTeam(store.db, 'market', 'Market');
    await addUser(
      store.db,
      {
        username: 'pc9',
        displayName: 'PC Nine',
        role: 'officer',
        teamIds: [],
        password: 'first password 123',
      },
      config.passwordCost,
    );
    const [refused, imported] = await Promise.all([
      admin(['areas:import', bad]),
      admin(['areas:import', file]),
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Feature 1 "b-1" (Beat): parent "nope"');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('3 new');
    const [listed, area, teams, badRole] = await Promise.all([
      admin(['areas:list']),
      admin(['team:set-area', 'market', '--area', 'w-market']),
      admin(['user:set-teams', 'pc9', '--team', 'market']),
      admin(['user:set-role', 'pc9', '--role', 'chief']),
    ]);
    expect(listed.stdout).toContain('w-market\tward\td-north\tMarket Ward');
    expect([area.code, teams.code]).toEqual([0, 0]);
    expect(badRole.stderr).toContain('Unknown role "chief"');
    const [role, reset] = await Promise.all([
      admin(['user:set-role', 'pc9', '--role', 'supervisor']),
      admin(['user:reset-password', 'pc9', '--password-stdin'], 'second password 456'),
    ]);
    expect([role.code, reset.code]).toEqual([0, 0]);
    const signInAs = (password: string) =>
      app.inject({
        method: 'POST',
        url: '/api/session',
        headers: HEADERS,
        payload: { username: 'pc9', password },
      });
    const session = await signInAs('second password 456');
    expect(session.json()).toMatchObject({ role: 'supervisor', teams: [{ id: 'market' }] });
    const cookie = `bb_session=${session.cookies.find((c) => c.name === 'bb_session')?.value ?? ''}`;
    expect((await admin(['user:disable', 'pc9'])).code).toBe(0);
    expect((await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(401);
    const teamRow = await store.db
      .selectFrom('teams')
      .select('area_id')
      .where('id', '=', 'market')
      .executeTakeFirst();
    expect(teamRow?.area_id).toBe('w-market');
    await app.close();
    await store.destroy();
  });
});
