// GET /api/roster: who each role sees named, on SQLite (and PostgreSQL when set).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RosterResponse } from '#domain/roster';
import { databaseNames, signIn, startServer, type TestServer } from './helper';
import { addUser } from '#server/organisation/admin';

describe.each(databaseNames)('the roster on %s', (db) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(db);
    await addUser(
      s.store.db,
      {
        username: 'both',
        displayName: 'Both Teams',
        role: 'officer',
        teamIds: ['north', 'south'],
        password: 'correct horse battery',
      },
      s.config.passwordCost,
    );
  });
  afterAll(async () => {
    await s.close();
  });

  async function rosterOf(username: string): Promise<RosterResponse> {
    const cookie = await signIn(s.app, username);
    const res = await s.app.inject({ method: 'GET', url: '/api/roster', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    return res.json<RosterResponse>();
  }
  const names = (r: RosterResponse) => r.members.map((m) => m.displayName).sort();

  it('gives an officer the people of their teams, and only the teams they share', async () => {
    const roster = await rosterOf('north1');
    expect(names(roster)).toEqual(['Both Teams', 'north1', 'north2', 'sup']);
    const both = roster.members.find((m) => m.displayName === 'Both Teams');
    expect(both?.teamIds).toEqual(['north']);
    expect(both).toMatchObject({ role: 'officer', active: true });
    expect(JSON.stringify(roster)).not.toContain('password');
    expect(JSON.stringify(roster)).not.toContain('username');
  });

  it('gives an officer of another team none of north', async () => {
    expect(names(await rosterOf('south1'))).toEqual(['Both Teams', 'south1', 'sup']);
  });

  it('gives a prevention lead every user but admins', async () => {
    expect(names(await rosterOf('lead'))).toEqual([
      'Both Teams',
      'lead',
      'north1',
      'north2',
      'south1',
      'sup',
    ]);
  });

  it('gives an admin (no team) only themselves', async () => {
    expect(names(await rosterOf('admin'))).toEqual(['admin']);
  });

  it('names the teams each reader may see: their own, or every team for a force-wide role', async () => {
    const teamIds = (r: RosterResponse) => r.teams.map((t) => t.id);
    expect(teamIds(await rosterOf('north1'))).toEqual(['north']);
    expect(teamIds(await rosterOf('south1'))).toEqual(['south']);
    const lead = await rosterOf('lead');
    expect(teamIds(lead)).toEqual(['north', 'south']);
    expect(lead.teams.every((t) => t.name !== '' && t.name !== t.id)).toBe(true);
    expect(teamIds(await rosterOf('admin'))).toEqual(['north', 'south']);
  });

  it('refuses without a session', async () => {
    const res = await s.app.inject({ method: 'GET', url: '/api/roster' });
    expect(res.statusCode).toBe(401);
  });
});
