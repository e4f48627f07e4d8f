// Looking at the audit log or the retention queue is itself a consultation of personal data and
// is logged (issue 13, item 6): who looked, when, with which filters and how many rows they saw.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseNames, signIn, startServer, type TestServer } from './helper';

describe.each(databaseNames)('viewing the audit log and the retention queue on %s', (db) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(db);
  });
  afterAll(async () => {
    await s.close();
  });

  const rowsOf = (action: string) =>
    s.store.db.selectFrom('audit').selectAll().where('action', '=', action).orderBy('seq').execute();

  it('a supervisor reading the audit log leaves a consultation row naming the filters and the rows shown', async () => {
    const cookie = await signIn(s.app, 'sup');
    const res = await s.app.inject({
      method: 'GET',
      url: '/api/audit?kind=session&limit=5',
      headers: { cookie },
    });
    expect(res.statusCode).toBe(200);
    const [row] = await rowsOf('consultation.audit');
    expect(row).toBeDefined();
    const users = await s.store.db.selectFrom('users').select(['id']).where('username', '=', 'sup').execute();
    expect(row?.user_id).toBe(users[0]?.id);
    const details = JSON.parse(row?.details ?? '{}') as { filters?: unknown; rows?: unknown };
    expect(details.filters).toMatchObject({ kind: 'session' });
    expect(typeof details.rows).toBe('number');
  });

  it('a supervisor reading the retention queue leaves a consultation row', async () => {
    const cookie = await signIn(s.app, 'sup');
    const res = await s.app.inject({ method: 'GET', url: '/api/retention?show=all', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    const rows = await rowsOf('consultation.retention');
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0]?.details ?? '{}')).toMatchObject({ show: 'all', rows: 0 });
  });

  it('a refused look (an officer) is not logged as a consultation', async () => {
    const before = (await rowsOf('consultation.retention')).length;
    const cookie = await signIn(s.app, 'north1');
    const res = await s.app.inject({ method: 'GET', url: '/api/retention', headers: { cookie } });
    expect(res.statusCode).toBe(403);
    expect(await rowsOf('consultation.retention')).toHaveLength(before);
  });
});
