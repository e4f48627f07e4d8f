// The audit log (must-show 2): each kind of event is logged with the right actor and
// device; no route changes or removes audit rows; a row altered in the database is caught by the
// chain check, in the service and in `npm run admin -- audit:verify`.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPageSchema, type AuditRow } from '#domain/audit';
import { csvCell } from '#domain/csv';
import { uuidv7 } from '#domain/ids';
import {
  client,
  create,
  databaseNames,
  edit,
  HEADERS,
  PASSWORD,
  problemFields,
  signIn,
  startServer,
  type TestServer,
} from './helper';
import { assessment, editRecord, newAction, newReview, objective, userId } from './osara-fixtures';
import { fillParams, routesOf } from './routes-of';
import { addUser } from '#server/organisation/admin';
import { migrateToLatest } from '#server/platform/database/migrate';
import { openStore } from '#server/platform/database/database';
import { writeAudit } from '#server/platform/store/audit-log';
import { verifyAuditChain } from '#server/audit/store/audit-chain';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

describe.each(databaseNames)('the audit log on %s', (db) => {
  let s: TestServer;
  let north1Cookie = '';
  let adminCookie = '';
  let nsupCookie = '';
  let supCookie = '';
  const device = uuidv7();
  let problemId = '';
  let north1Id = '';

  async function audit(cookie: string, query = ''): Promise<AuditRow[]> {
    const res = await s.app.inject({
      method: 'GET',
      url: `/api/audit?limit=200${query}`,
      headers: { cookie },
    });
    expect(res.statusCode, res.body).toBe(200);
    return auditPageSchema.parse(res.json()).rows;
  }

  beforeAll(async () => {
    s = await startServer(db);
    await addUser(
      s.store.db,
      {
        username: 'nsup',
        displayName: '=HYPERLINK("http://x")',
        role: 'supervisor',
        teamIds: ['north'],
        password: PASSWORD,
      },
      s.config.passwordCost,
    );
    north1Cookie = await signIn(s.app, 'north1');
    adminCookie = await signIn(s.app, 'admin');
    nsupCookie = await signIn(s.app, 'nsup');
    supCookie = await signIn(s.app, 'sup');
    north1Id = await userId(s, 'north1');
    const north1 = client(s.app, north1Cookie, device);
    const m = create();
    problemId = m.recordId;
    const created = await north1.push(m);
    await north1.push(
      edit(problemId, created.results[0]?.version ?? 0, { description: 'Now weekdays too.' }),
    );
    const res = await s.app.inject({
      method: 'GET',
      url: `/api/sync/pull?cursor=0&deviceId=${device}`,
      headers: { cookie: north1Cookie },
    });
    expect(res.statusCode).toBe(200);
    // A south officer's work, for the supervisor scope below.
    await client(s.app, await signIn(s.app, 'south1')).push(create(uuidv7(), problemFields('south')));
  });
  afterAll(async () => {
    await s.close();
  });

  it('logs collection (create) and alteration (update) with the officer and the device', async () => {
    const rows = await audit(adminCookie, `&recordId=${problemId}`);
    const created = rows.find((r) => r.action === 'problems.create');
    const updated = rows.find((r) => r.action === 'problems.update');
    expect(created).toMatchObject({
      kind: 'collection',
      userId: north1Id,
      username: 'north1',
      deviceId: device,
    });
    expect(updated).toMatchObject({ kind: 'alteration', userId: north1Id, deviceId: device });
    const byKind = await audit(adminCookie, '&kind=alteration');
    expect(byKind.every((r) => r.kind === 'alteration')).toBe(true);
    expect(byKind.some((r) => r.recordId === problemId)).toBe(true);
  });

  it("says what each row is about: the problem's title, for the problem and for a record of it", async () => {
    const north1 = client(s.app, north1Cookie, device);
    const action = newAction(problemId, { status: 'planned' });
    await north1.push(action);
    const rows = await audit(adminCookie);
    const created = rows.find((r) => r.action === 'problems.create' && r.recordId === problemId);
    expect(created?.subject).toEqual({ problemTitle: 'Youths gathering by the shops' });
    const added = rows.find((r) => r.action === 'actions.create' && r.recordId === action.recordId);
    expect(added?.subject?.problemTitle).toBe('Youths gathering by the shops');
    // A row that names no record has no subject.
    expect(rows.find((r) => r.action === 'session.sign_in')?.subject).toBeUndefined();
  });

  it('logs consultation: a pull names the device and the records; an opened record once per event; never one the user may not read', async () => {
    const pulls = await audit(adminCookie, '&kind=consultation&user=north1');
    const pull = pulls.find((r) => r.action === 'pull');
    expect(pull).toMatchObject({ userId: north1Id, deviceId: device });
    expect((pull?.details as { records: string[] }).records).toContain(`problems/${problemId}`);

    const event = { id: uuidv7(), collection: 'problems', recordId: problemId, at: new Date().toISOString() };
    const send = (cookie: string, events: unknown[]) =>
      s.app.inject({
        method: 'POST',
        url: '/api/audit/consultations',
        headers: { ...HEADERS, cookie },
        payload: { deviceId: device, events },
      });
    expect((await send(north1Cookie, [event])).json()).toEqual({
      results: [{ id: event.id, status: 'recorded' }],
    });
    expect((await send(north1Cookie, [event])).json()).toEqual({
      results: [{ id: event.id, status: 'duplicate' }],
    });
    const south1 = await signIn(s.app, 'south1');
    const other = { ...event, id: uuidv7() };
    expect((await send(south1, [other])).json()).toEqual({ results: [{ id: other.id, status: 'refused' }] });
    const unknown = { ...event, id: uuidv7(), recordId: uuidv7() };
    expect((await send(north1Cookie, [unknown])).json()).toEqual({
      results: [{ id: unknown.id, status: 'refused' }],
    });

    const opened = (await audit(adminCookie, `&recordId=${problemId}`)).filter(
      (r) => r.action === 'consultation.opened',
    );
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({
      id: event.id,
      kind: 'consultation',
      userId: north1Id,
      deviceId: device,
    });
  });

  it('logs disclosure: the CSV export, with formula-leading cells defused', async () => {
    const res = await s.app.inject({
      method: 'GET',
      url: '/api/audit.csv?user=nsup',
      headers: { cookie: adminCookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const exports = await audit(adminCookie, '&kind=disclosure');
    expect(exports[0]).toMatchObject({ action: 'audit.export', username: 'admin', kind: 'disclosure' });
    expect(exports[0]?.details).toMatchObject({ filters: { user: 'nsup' } });
    // nsup's display name starts with "=": in the export it must not be a live formula.
    const again = await s.app.inject({
      method: 'GET',
      url: '/api/audit.csv?user=admin',
      headers: { cookie: adminCookie },
    });
    expect(again.body.split('\r\n')[0]).toBe(
      '"seq","at","username","displayName","deviceId","kind","action","collection","recordId","details"',
    );
    const nsupCsv = await s.app.inject({
      method: 'GET',
      url: '/api/audit.csv?user=nsup',
      headers: { cookie: nsupCookie },
    });
    expect(nsupCsv.statusCode).toBe(200);
    expect(nsupCsv.body).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(nsupCsv.body).not.toMatch(/(^|,)"=/m);
    for (const dangerous of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx'])
      expect(csvCell(dangerous)).toMatch(/^"'/);
    expect(csvCell('plain')).toBe('"plain"');
  });

  it('logs erasure: a stub naming who, which problem and why, with no content', async () => {
    const sup = client(s.app, supCookie);
    const north1 = client(s.app, north1Cookie);
    const m = create(undefined, {
      ...problemFields(),
      title: 'Mr Smith at 4 Elm Road',
      objective,
      status: 'response',
    });
    const v = (await north1.push(m)).results[0]?.version ?? 0;
    await north1.push(newAction(m.recordId));
    const assessed = (
      await north1.push(editRecord('problems', m.recordId, v, { status: 'assessment', assessment }))
    ).results[0];
    await sup.push(newReview(m.recordId, await userId(s, 'sup')));
    await north1.push(editRecord('problems', m.recordId, assessed?.version ?? 0, { status: 'closed' }));
    const res = await s.app.inject({
      method: 'POST',
      url: `/api/retention/${m.recordId}/decision`,
      headers: { ...HEADERS, cookie: supCookie },
      payload: { decision: 'erase', reason: 'Review period passed, no ongoing need' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const [stub] = await audit(adminCookie, `&kind=erasure&recordId=${m.recordId}`);
    expect(stub).toMatchObject({ action: 'retention.erase', username: 'sup', collection: 'problems' });
    expect(stub?.details).toMatchObject({ reason: 'Review period passed, no ongoing need' });
    expect(JSON.stringify(stub)).not.toContain('Elm Road');
  });

  it('shows a supervisor only rows about their teams and their team members; officers none', async () => {
    const rows = await audit(nsupCookie);
    const southId = await userId(s, 'south1');
    expect(rows.some((r) => r.userId === north1Id)).toBe(true);
    expect(rows.some((r) => r.userId === southId)).toBe(false);
    const all = await audit(adminCookie);
    expect(all.some((r) => r.userId === southId)).toBe(true);
    const officer = await s.app.inject({
      method: 'GET',
      url: '/api/audit',
      headers: { cookie: north1Cookie },
    });
    expect(officer.statusCode).toBe(403);
    const officerCsv = await s.app.inject({
      method: 'GET',
      url: '/api/audit.csv',
      headers: { cookie: north1Cookie },
    });
    expect(officerCsv.statusCode).toBe(403);
  });

  it('pages newest first without repeats', async () => {
    const seen: number[] = [];
    let before: number | null = null;
    for (let i = 0; i < 100; i++) {
      const res = await s.app.inject({
        method: 'GET',
        url: `/api/audit?limit=3${before === null ? '' : `&before=${before}`}`,
        headers: { cookie: adminCookie },
      });
      const page = auditPageSchema.parse(res.json());
      seen.push(...page.rows.map((r) => r.seq));
      before = page.nextBefore;
      if (before === null) break;
    }
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.at(-1)).toBe(1);
  });

  it('has no route that changes or removes audit rows: every route, called by every role, leaves them as they were', async () => {
    const routes = routesOf(s.app);
    expect(routes.length).toBeGreaterThan(8);
    // No audit route takes anything but GET, or POST for devices' new events.
    for (const r of routes.filter((x) => x.url.startsWith('/api/audit'))) {
      expect(['GET', 'POST'], `${r.method} ${r.url}`).toContain(r.method);
    }
    const before = await s.store.db.selectFrom('audit').select(['seq', 'hash']).orderBy('seq').execute();
    const cookies = [north1Cookie, nsupCookie, supCookie, adminCookie, await signIn(s.app, 'lead')];
    for (const cookie of cookies) {
      for (const r of routes) {
        if (r.url === '/api/session' && r.method === 'DELETE') continue; // would end the session
        if (r.url === '/api/sessions' && r.method === 'DELETE') continue;
        const res = await s.app.inject({
          method: r.method as 'GET',
          url: fillParams(r.url, before[0]?.hash ?? 'x'),
          headers: { ...HEADERS, cookie },
          ...(r.method === 'GET' || r.method === 'DELETE'
            ? {}
            : { payload: { id: before[0]?.hash, seq: 1 } }),
        });
        expect(res.statusCode, `${r.method} ${r.url}: ${res.body}`).toBeLessThan(500);
      }
    }
    const after = await s.store.db.selectFrom('audit').select(['seq', 'hash']).orderBy('seq').execute();
    expect(after.slice(0, before.length)).toEqual(before);
    expect(await verifyAuditChain(s.store.db)).toEqual({ ok: true, rows: after.length });
  });

  it('refuses UPDATE and DELETE on audit rows in the database itself', async () => {
    await expect(sql`update audit set action = 'nothing' where seq = 1`.execute(s.store.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from audit where seq = 1`.execute(s.store.db)).rejects.toThrow(/append-only/);
  });

  it('detects a row altered behind the trigger, naming the row', async () => {
    const intact = await verifyAuditChain(s.store.db);
    expect(intact.ok).toBe(true);
    if (db === 'postgres') await sql`drop trigger audit_no_change on audit`.execute(s.store.db);
    else await sql`drop trigger audit_no_update`.execute(s.store.db);
    await sql`update audit set user_id = 'someone-else' where seq = 2`.execute(s.store.db);
    const report = await verifyAuditChain(s.store.db);
    expect(report).toMatchObject({ ok: false, seq: 2, rows: 1 });
  });
});

describe('audit:verify on the command line', { timeout: 120_000 }, () => {
  let dataDir = '';
  function admin(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
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
      child.stdin.end();
    });
  }
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'beatbook-audit-cli-'));
  });
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('says the chain is intact, then reports the first row a database edit broke (exit 1)', async () => {
    const store = openStore({ kind: 'sqlite', file: path.join(dataDir, 'beatbook.sqlite') });
    await migrateToLatest(store.db);
    for (const action of ['one', 'two', 'three']) await writeAudit(store.db, { userId: 'u', action });
    const ok = await admin(['audit:verify']);
    expect(ok).toMatchObject({
      code: 0,
      stdout: '3 rows, chain intact; pull log: 0 pages of 0 users, chains intact.\n',
    });

    await sql`drop trigger audit_no_update`.execute(store.db);
    await sql`update audit set action = 'changed' where seq = 2`.execute(store.db);
    await store.destroy();
    const broken = await admin(['audit:verify']);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(
      /audit chain broken at row 2 .*contents do not match its hash.*1 rows before it are intact/,
    );
  });
});
