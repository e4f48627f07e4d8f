// `audit:verify` walks every user's pull log too (issue 16): the record of what each device was
// sent must show any row edited, removed or reordered behind the append-only triggers, rows cut
// off the end, and a chain rewritten whole (its head no longer matches the audit log's anchor).
import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GENESIS_HASH } from '#server/platform/store/audit-log';
import { pullLogHash } from '#server/platform/store/pull-log';
import type { Tables } from '#server/platform/database/tables';
import { verifyPullLogChains } from '#server/audit/store/pull-log-chain';
import { auditVerify } from '#server/audit/verify';
import { client, create, databaseNames, signIn, startServer, type TestServer } from './helper';

async function dropTriggers(db: Kysely<Tables>, name: string): Promise<void> {
  if (name === 'postgres') await sql`drop trigger pull_log_no_change on pull_log`.execute(db);
  else {
    await sql`drop trigger pull_log_no_update`.execute(db);
    await sql`drop trigger pull_log_no_delete`.execute(db);
  }
}

describe.each(databaseNames)('the pull-log chains on %s', (name) => {
  let s: TestServer;
  let userId = '';

  beforeEach(async () => {
    s = await startServer(name);
    const device = client(s.app, await signIn(s.app, 'north1'));
    for (let i = 0; i < 3; i++) await device.push(create());
    // Three pages, then a completed pull (anchored in the audit log), then one more page.
    await device.pull(0, 1);
    await device.pull(1, 1);
    await device.pull(0);
    await device.push(create());
    await device.pull(0, 1);
    const user = await s.store.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'north1')
      .executeTakeFirstOrThrow();
    userId = user.id;
  });
  afterEach(async () => {
    await s.close();
  });

  const rows = () =>
    s.store.db.selectFrom('pull_log').selectAll().where('user_id', '=', userId).orderBy('user_seq').execute();

  it('finds every chain intact after real pulls, and says so in audit:verify', async () => {
    expect((await rows()).length).toBe(4);
    expect(await verifyPullLogChains(s.store.db)).toEqual({ ok: true, users: 1, rows: 4 });
    expect(await auditVerify(s.store)).toMatch(/pull log: 4 pages of 1 users, chains intact\.$/);
  });

  it('names the row when a page row was edited behind the trigger', async () => {
    await dropTriggers(s.store.db, name);
    await s.store.db
      .updateTable('pull_log')
      .set({ records: '[]' })
      .where('user_id', '=', userId)
      .where('user_seq', '=', 2)
      .execute();
    expect(await verifyPullLogChains(s.store.db)).toMatchObject({
      ok: false,
      userId,
      seq: 2,
      problem: /its contents/,
    });
    await expect(auditVerify(s.store)).rejects.toThrow(/pull log of user .* broken at row 2/);
  });

  it('sees a row removed from the middle and rows cut off the end', async () => {
    await dropTriggers(s.store.db, name);
    await s.store.db.deleteFrom('pull_log').where('user_id', '=', userId).where('user_seq', '=', 4).execute();
    expect(await verifyPullLogChains(s.store.db)).toMatchObject({
      ok: false,
      seq: 4,
      problem: /head says 4 rows/,
    });
    await s.store.db.deleteFrom('pull_log').where('user_id', '=', userId).where('user_seq', '=', 2).execute();
    expect(await verifyPullLogChains(s.store.db)).toMatchObject({
      ok: false,
      seq: 3,
      problem: /expected row 2/,
    });
  });

  it('sees a chain rewritten whole, head included, against the audit log anchor', async () => {
    await dropTriggers(s.store.db, name);
    const before = await rows();
    await s.store.db.deleteFrom('pull_log').where('user_id', '=', userId).execute();
    // The same pages re-hashed with one record left out of the first: internally consistent.
    let prev = GENESIS_HASH;
    for (const row of before) {
      const withoutHash = {
        id: row.id,
        user_id: row.user_id,
        user_seq: row.user_seq,
        device_id: row.device_id,
        at: row.at,
        from_cursor: row.from_cursor,
        to_cursor: row.to_cursor,
        records: row.user_seq === 1 ? '[]' : row.records,
        prev_hash: prev,
      };
      prev = pullLogHash(withoutHash);
      await s.store.db
        .insertInto('pull_log')
        .values({ ...withoutHash, hash: prev })
        .execute();
    }
    await s.store.db
      .updateTable('pull_log_heads')
      .set({ hash: prev })
      .where('user_id', '=', userId)
      .execute();
    expect(await verifyPullLogChains(s.store.db)).toMatchObject({
      ok: false,
      userId,
      seq: 3,
      problem: /does not match the hash that audit row \d+ recorded/,
    });
  });
});
