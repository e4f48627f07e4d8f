// Must-show 1: walk the whole access table (src/domain/access.ts) against the real
// server. Cases are generated from the table itself:
//   - pull: for every role and every synced collection, a user sees exactly the records the
//     table's read grant reaches (its teams', everyone's, or none), and nothing else;
//   - push: for every role, every client-written collection and create/update/delete, against
//     a record of the user's own team written by the user, one written by a teammate, and one of
//     another team, the write is applied exactly when the table allows it;
//   - every other route the app registers (enumerated from Fastify, so a route added later
//     without a case here fails this test) is refused with 403 to every role the table gives
//     nothing for the route's resource and action, and served to every role it does;
// plus named cases: another team's problem by a guessed id on every by-id route, another team's
// records by pull, an admin reading a case, and a prevention lead writing a problem. The route
// cases (which grant each route answers to) are in authorization-routes.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessActions, allows, grantFor, readReach } from '#domain/access';
import { collectionNames, serverWrittenCollections, type CollectionName } from '#domain/collections';
import { uuidv7 } from '#domain/ids';
import type { Mutation } from '#domain/sync';
import { roles, type RoleCode } from '#domain/vocabularies';
import { nextChangeNumber } from '#server/platform/database/counters';
import { saveRecord } from '#server/platform/store/records';
import { addUser } from '#server/organisation/admin';
import { routesOf } from './routes-of';
import { routeCases, type Fixture, type Seeded } from './authorization-routes';
import { type Store } from '#server/platform/database/database';
import {
  client,
  databaseNames,
  HEADERS,
  PASSWORD,
  problemFields,
  signIn,
  startServer,
  type TestServer,
} from './helper';

const allRoles = roles.map((r) => r.code);

/** One user per role, all in team north (prevention leads and admins in no team, as in service). */
const userOf: Record<RoleCode, string> = {
  officer: 'north1',
  supervisor: 'supnorth',
  prevention_lead: 'lead',
  admin: 'admin',
};

/** Valid fields for a new record of each collection in `team` (children under `problemId`). */
function fieldsFor(
  collection: CollectionName,
  team: string,
  problemId: string,
  actorId: string,
  role: RoleCode,
) {
  switch (collection) {
    case 'problems':
      return problemFields(team);
    case 'actions':
      return {
        problemId,
        description: 'Ask the council to fix the lights',
        techniques: ['assist_natural_surveillance'],
        lead: { kind: 'partner', agencyType: 'local_authority', name: 'Borough council' },
        status: 'done',
      };
    case 'reviews':
      return role === 'prevention_lead'
        ? {
            problemId,
            kind: 'good_practice',
            decision: 'return',
            comments: 'Not yet.',
            reviewer: actorId,
            reviewedAt: new Date().toISOString(),
          }
        : {
            problemId,
            kind: 'stage',
            stage: 'scanning',
            decision: 'approve_stage',
            comments: 'Fine.',
            reviewer: actorId,
            reviewedAt: new Date().toISOString(),
          };
    case 'evaluations':
      return { problemId, lessonsLearned: 'Lighting helped.' };
    case 'nominations':
      return { problemId, reason: 'Worth sharing.' };
    case 'activities':
      return { teamId: team, type: 'patrol', startedAt: '2026-11-01T20:00:00.000Z', durationMinutes: 30 };
    case 'published':
      return { problemId, reference: null, title: 'Copy', problemType: 'asb_youth', summary: 'S', body: {} };
    case 'hotspots':
      return {
        sourceId: 'h1',
        name: 'Market',
        date: '2026-11-01',
        geometry: { type: 'Point', coordinates: [0, 51] },
      };
  }
}

/** Writes a record straight into the store (as if synced earlier), with the next change number. */
async function seed(
  store: Store,
  collection: CollectionName,
  team: string | null,
  createdBy: string,
  data: Record<string, unknown>,
  id = uuidv7(),
): Promise<Seeded> {
  await store.db.transaction().execute(async (trx) => {
    const version = await nextChangeNumber(trx);
    const now = new Date().toISOString();
    await saveRecord(trx, {
      collection,
      id,
      teamId: team,
      version,
      originVersion: version,
      deleted: false,
      data,
      fieldVersions: Object.fromEntries(Object.keys(data).map((k) => [k, version])),
      fieldAuthors: {},
      createdAt: now,
      createdBy,
      updatedAt: now,
      updatedBy: createdBy,
      reference: null,
    });
  });
  return { collection, id, team, createdBy };
}

describe.each(databaseNames)('the access table, walked on %s', (db) => {
  let s: TestServer;
  const cookies = {} as Record<RoleCode, string>;
  const ids: Record<string, string> = {};
  let fixture: Fixture;
  /** Routes the app has now; a case for a route another change has not landed yet is skipped. */
  let registered = new Set<string>();
  /** Per team-owned collection: a record of north by the role's user, one of north by a teammate, one of south. */
  const seeded: Seeded[] = [];

  beforeAll(async () => {
    s = await startServer(db);
    await addUser(
      s.store.db,
      {
        username: 'supnorth',
        displayName: 'Sgt North',
        role: 'supervisor',
        teamIds: ['north'],
        password: PASSWORD,
      },
      s.config.passwordCost,
    );
    await addUser(
      s.store.db,
      { username: 'spare', displayName: 'Spare', role: 'officer', teamIds: [], password: PASSWORD },
      s.config.passwordCost,
    );
    for (const row of await s.store.db.selectFrom('users').select(['id', 'username']).execute())
      ids[row.username] = row.id;
    for (const role of allRoles) cookies[role] = await signIn(s.app, userOf[role]);
    const northProblem = await seed(s.store, 'problems', 'north', ids.north2 ?? '', problemFields('north'));
    const southProblem = await seed(s.store, 'problems', 'south', ids.south1 ?? '', problemFields('south'));
    for (const collection of collectionNames) {
      const server = serverWrittenCollections.has(collection);
      const data = (team: string, problem: Seeded) =>
        fieldsFor(collection, team, problem.id, ids.north1 ?? '', 'officer') as Record<string, unknown>;
      if (server) {
        const copy = await seed(s.store, collection, null, 'server', data('north', northProblem));
        seeded.push(copy);
        ids[collection] = copy.id;
        continue;
      }
      for (const role of allRoles)
        seeded.push(
          await seed(s.store, collection, 'north', ids[userOf[role]] ?? '', data('north', northProblem)),
        );
      seeded.push(await seed(s.store, collection, 'north', ids.north2 ?? '', data('north', northProblem)));
      seeded.push(await seed(s.store, collection, 'south', ids.south1 ?? '', data('south', southProblem)));
    }
    seeded.push(northProblem, southProblem);
    fixture = { northProblem, southProblem, ids };
    registered = new Set(routesOf(s.app).map((r) => `${r.method} ${r.url}`));
  }, 120_000);
  afterAll(async () => {
    await s.close();
  });

  const teamsOf = (role: RoleCode) => (role === 'officer' || role === 'supervisor' ? ['north'] : []);

  describe('pull', () => {
    it.each(allRoles)('gives a %s exactly what the table lets them read, per collection', async (role) => {
      const c = client(s.app, cookies[role]);
      const seen = new Set<string>();
      let cursor = 0;
      for (;;) {
        const page = await c.pull(cursor, 200);
        for (const change of page.changes) seen.add(`${change.collection}/${change.record.id}`);
        cursor = page.cursor;
        if (!page.hasMore) break;
      }
      for (const record of seeded) {
        const reach = readReach(role, record.collection);
        const expected =
          reach === 'any' ||
          (reach === 'team' && record.team !== null && teamsOf(role).includes(record.team));
        expect({
          role,
          record: `${record.collection} of ${record.team ?? 'nobody'}`,
          seen: seen.has(`${record.collection}/${record.id}`),
        }).toEqual({
          role,
          record: `${record.collection} of ${record.team ?? 'nobody'}`,
          seen: expected,
        });
      }
    });

    it('never gives an officer another team’s records, nor an admin any case record', async () => {
      const officer = await client(s.app, cookies.officer).pull(0, 500);
      expect(officer.changes.some((ch) => ch.record.id === fixture.southProblem.id)).toBe(false);
      const admin = await client(s.app, cookies.admin).pull(0, 500);
      expect(
        admin.changes.map((ch) => ch.collection).filter((col) => col !== 'published' && col !== 'hotspots'),
      ).toEqual([]);
    });
  });

  describe('push', () => {
    const relations = [
      { name: 'own team, written by me', team: 'north', mine: true },
      { name: 'own team, written by a teammate', team: 'north', mine: false },
      { name: 'another team', team: 'south', mine: false },
    ] as const;

    for (const role of allRoles)
      for (const collection of collectionNames)
        for (const action of accessActions.filter((a) => a !== 'read'))
          for (const relation of relations) {
            if (action === 'create' && !relation.mine && relation.team === 'north') continue;
            const allowed =
              !serverWrittenCollections.has(collection) &&
              allows(role, collection, action, {
                sameTeam: relation.team === 'north' && teamsOf(role).includes('north'),
                isAuthor: action === 'create' || relation.mine,
              });
            it(`${allowed ? 'lets' : 'refuses'} a ${role} ${action} ${collection} (${action === 'create' ? relation.team : relation.name})`, async () => {
              const actorId = ids[userOf[role]] ?? '';
              const shared = relation.team === 'north' ? fixture.northProblem : fixture.southProblem;
              // An evaluation has its problem's id (one per problem), so each case gets a problem.
              const ownProblem = (team: string, by: string) =>
                seed(s.store, 'problems', team, by, problemFields(team));
              const teammate = relation.team === 'north' ? ids.north2 : ids.south1;
              let m: Mutation;
              if (action === 'create') {
                const problem =
                  collection === 'evaluations' ? await ownProblem(relation.team, teammate ?? '') : shared;
                m = {
                  id: uuidv7(),
                  collection,
                  recordId: collection === 'evaluations' ? problem.id : uuidv7(),
                  op: 'put',
                  changes: fieldsFor(collection, relation.team, problem.id, actorId, role),
                  baseVersion: null,
                  at: new Date().toISOString(),
                };
              } else {
                const target = seeded.find(
                  (r) =>
                    r.collection === collection &&
                    (serverWrittenCollections.has(collection) ||
                      (r.team === relation.team &&
                        (relation.mine
                          ? r.createdBy === actorId
                          : r.createdBy === (relation.team === 'north' ? ids.north2 : ids.south1)))),
                );
                if (target === undefined) throw new Error(`no seeded ${collection} for ${relation.name}`);
                const problem =
                  collection === 'evaluations'
                    ? await ownProblem(target.team ?? 'north', teammate ?? '')
                    : shared;
                // A fresh copy per case, so an allowed delete does not spoil the next case.
                const copy = await seed(
                  s.store,
                  collection,
                  target.team,
                  target.createdBy,
                  fieldsFor(collection, target.team ?? 'north', problem.id, target.createdBy, 'officer'),
                  collection === 'evaluations' ? problem.id : uuidv7(),
                );
                const version = (
                  await s.store.db
                    .selectFrom('records')
                    .select('version')
                    .where('collection', '=', collection)
                    .where('id', '=', copy.id)
                    .executeTakeFirstOrThrow()
                ).version;
                const edit =
                  collection === 'activities'
                    ? { durationMinutes: 45 }
                    : collection === 'problems'
                      ? { title: 'Edited' }
                      : { problemId: problem.id };
                m = {
                  id: uuidv7(),
                  collection,
                  recordId: copy.id,
                  op: action === 'delete' ? 'delete' : 'put',
                  changes: action === 'delete' ? {} : edit,
                  baseVersion: version,
                  at: new Date().toISOString(),
                };
              }
              const { results } = await client(s.app, cookies[role]).push(m);
              const result = results[0];
              if (allowed) expect(result).toMatchObject({ status: 'applied' });
              else {
                expect(result?.status).toBe('rejected');
                // Refused for want of access, not for some other fault in the fixture.
                expect([
                  'forbidden',
                  'sign_off_not_allowed',
                  'good_practice_not_allowed',
                  'read_only_record',
                  'not_found',
                ]).toContain(result?.error?.code);
              }
            });
          }

    it('refuses a prevention lead writing a problem, even in a team they could read', async () => {
      const { results } = await client(s.app, cookies.prevention_lead).push({
        id: uuidv7(),
        collection: 'problems',
        recordId: fixture.northProblem.id,
        op: 'put',
        changes: { title: 'Rewritten from headquarters' },
        baseVersion: null,
        at: new Date().toISOString(),
      });
      expect(results[0]).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
    });
  });

  describe('routes', () => {
    it('has a case here for every route the app registers', () => {
      const routes = routesOf(s.app)
        .map((r) => `${r.method} ${r.url}`)
        .filter((r) => r.includes(' /api/'));
      expect(routes).toContain('DELETE /api/sessions');
      expect(routes.filter((r) => routeCases[r] === undefined)).toEqual([]);
    });

    const grantCases = Object.entries(routeCases).flatMap(([route, c]) =>
      c.kind === 'grant' ? [{ route, c }] : [],
    );
    for (const { route, c } of grantCases)
      for (const role of allRoles) {
        const granted = grantFor(role, c.resource, c.action) !== undefined;
        it(`${granted ? 'serves' : 'refuses'} ${route} to a ${role} (${c.resource} ${c.action})`, async (ctx) => {
          if (!registered.has(route)) ctx.skip();
          const [method] = route.split(' ');
          const payload = c.payload?.(fixture);
          const res = await s.app.inject({
            method: method as 'GET',
            url: c.url(fixture),
            headers: { ...HEADERS, cookie: cookies[role] },
            ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
          });
          if (granted && c.nothingThere === true) {
            expect([200, 403, 404], res.body).toContain(res.statusCode);
          } else if (granted) {
            expect(res.statusCode, res.body).not.toBe(403);
            expect(res.statusCode, res.body).not.toBe(401);
            expect(res.statusCode, res.body).toBeLessThan(500);
          } else {
            expect(res.statusCode, res.body).toBe(403);
            expect(res.json()).toMatchObject({ error: { code: 'forbidden' } });
          }
        });
      }

    const byId = grantCases.flatMap(({ route, c }) =>
      c.otherTeam === undefined ? [] : [{ route, c, otherTeam: c.otherTeam }],
    );
    for (const { route, c, otherTeam } of byId)
      for (const role of allRoles.filter((r) => grantFor(r, c.resource, c.action) === 'team'))
        it(`refuses a ${role} another team’s problem by a guessed id on ${route}`, async (ctx) => {
          if (!registered.has(route)) ctx.skip();
          const [method] = route.split(' ');
          const payload = c.payload?.(fixture);
          const res = await s.app.inject({
            method: method as 'GET',
            url: otherTeam(fixture),
            headers: { ...HEADERS, cookie: cookies[role] },
            ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
          });
          expect([403, 404], res.body).toContain(res.statusCode);
        });

    it('refuses an admin a case record by its id', async (ctx) => {
      if (!registered.has('GET /api/problems/:id/history')) ctx.skip();
      const res = await s.app.inject({
        method: 'GET',
        url: `/api/problems/${fixture.northProblem.id}/history`,
        headers: { cookie: cookies.admin },
      });
      expect(res.statusCode).toBe(403);
    });

    const signedIn = Object.entries(routeCases).flatMap(([route, c]) =>
      c.kind === 'signed-in' ? [{ route, c }] : [],
    );
    for (const { route, c } of signedIn)
      it(`asks for a session on ${route}, and serves every role that has one`, async (ctx) => {
        if (!registered.has(route)) ctx.skip();
        const [method, path] = route.split(' ') as [string, string];
        const payload = c.payload;
        const send = (cookie?: string) =>
          s.app.inject({
            method: method as 'GET',
            url: c.url?.(fixture) ?? path,
            headers: cookie === undefined ? HEADERS : { ...HEADERS, cookie },
            ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
          });
        expect((await send()).statusCode).toBe(401);
        for (const role of allRoles) {
          const cookie = method === 'DELETE' ? await signIn(s.app, userOf[role]) : cookies[role];
          const res = await send(cookie);
          expect(res.statusCode, `${role}: ${res.body}`).toBeLessThan(300);
        }
      });

    const grantRoutes = Object.entries(routeCases).filter(([, c]) => c.kind === 'grant');
    for (const [route] of grantRoutes)
      it(`asks for a session on ${route}`, async (ctx) => {
        if (!registered.has(route)) ctx.skip();
        const [method] = route.split(' ');
        const c = routeCases[route];
        if (c?.kind !== 'grant') return;
        const res = await s.app.inject({ method: method as 'GET', url: c.url(fixture), headers: HEADERS });
        expect(res.statusCode).toBe(401);
      });
  });
});
