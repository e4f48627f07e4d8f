// Pulled while a push commits (PostgreSQL only: SQLite has one writer, so it proves nothing).
//
// The danger: A takes change number n and is still open; B takes n+1 and commits; a pull sees
// n+1 and moves the cursor past n; A commits n, and no later pull from that cursor returns it.
// The server takes numbers from a counter row inside the writing transaction, so B cannot take
// n+1 until A commits. This test holds A open at exactly that point and checks that:
//   1. B really waits for A (it is blocked by A's backend, and has not finished);
//   2. a pull in between returns neither, so its cursor stays below n;
//   3. after A commits and B finishes, a pull from that cursor returns A's change and then B's.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '#domain/ids';
import { client, create, databaseNames, signIn, startServer, type TestServer } from './helper';
import { applyMutation } from '#server/sync/push';

async function waitFor(check: () => Promise<boolean>, what: string): Promise<void> {
  const until = Date.now() + 5000;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.runIf(databaseNames.includes('postgres'))('pulled while a push commits (postgres)', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer('postgres');
  });
  afterAll(async () => {
    await s.close();
  });

  it('never lets a pull skip a change number that commits late', async () => {
    const device = client(s.app, await signIn(s.app, 'north1'));
    await device.push(create());
    const startCursor = (await device.pull()).cursor;
    const user = await s.store.db
      .selectFrom('users')
      .select(['id'])
      .where('username', '=', 'north1')
      .executeTakeFirstOrThrow();
    const actor = { id: user.id, role: 'officer' as const, teamIds: ['north'] };

    // A: takes its change number and writes, then stays open.
    const trxA = await s.store.db.startTransaction().execute();
    const mA = create();
    const resultA = await applyMutation(trxA, { actor, deviceId: uuidv7() }, mA);
    const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trxA);
    const pidA = rows[0]?.pid ?? -1;

    // B: a normal push through the API, started while A is open.
    const mB = create();
    let bFinished = false;
    const pushB = device.push(mB).then((r) => {
      bFinished = true;
      return r;
    });
    await waitFor(async () => {
      const blocked = await sql<{
        n: number;
      }>`select count(*)::int as n from pg_stat_activity where ${pidA} = any(pg_blocking_pids(pid))`.execute(
        s.store.db,
      );
      return (blocked.rows[0]?.n ?? 0) > 0;
    }, 'B to block on A');
    expect(bFinished).toBe(false);

    const between = await device.pull(startCursor);
    expect(between.changes).toEqual([]);
    expect(between.cursor).toBeLessThan(resultA.version ?? 0);

    await trxA.commit().execute();
    const resultB = (await pushB).results[0];
    expect(resultB?.version).toBeGreaterThan(resultA.version ?? Infinity);

    const after = await device.pull(between.cursor);
    expect(after.changes.map((c) => c.record.id)).toEqual([mA.recordId, mB.recordId]);
  });
});
