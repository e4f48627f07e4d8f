// Push, organised by situation: retried after a dropped response, edited on two devices,
// a bad record in a batch, writing another team's problem.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '#domain/ids';
import {
  client,
  create,
  databaseNames,
  edit,
  problemFields,
  signIn,
  startServer,
  type TestServer,
} from './helper';

describe.each(databaseNames)('push on %s', (db) => {
  let s: TestServer;
  let north1: ReturnType<typeof client>;
  let north2: ReturnType<typeof client>;
  let south1: ReturnType<typeof client>;
  beforeAll(async () => {
    s = await startServer(db);
    north1 = client(s.app, await signIn(s.app, 'north1'));
    north2 = client(s.app, await signIn(s.app, 'north2'));
    south1 = client(s.app, await signIn(s.app, 'south1'));
  });
  afterAll(async () => {
    await s.close();
  });

  const changesCount = async () =>
    (
      await s.store.db
        .selectFrom('counters')
        .select('value')
        .where('name', '=', 'changes')
        .executeTakeFirstOrThrow()
    ).value;

  it('creates a problem with a reference, envelope and audit row on first sync', async () => {
    const m = create(uuidv7(), problemFields(), '2026-05-04T09:30:00.000+01:00');
    const { results } = await north1.push(m);
    expect(results).toEqual([{ mutationId: m.id, status: 'applied', version: expect.any(Number) as number }]);
    const record = (await north1.pull()).changes.find((c) => c.record.id === m.recordId)?.record;
    expect(record).toMatchObject({
      ...problemFields(),
      id: m.recordId,
      version: results[0]?.version,
      deleted: false,
      createdAt: m.at,
      updatedAt: m.at,
    });
    expect(record?.reference).toMatch(/^PS-2026-\d{6}$/);
    expect(record?.createdBy).toBe(record?.updatedBy);
    const audit = await s.store.db
      .selectFrom('audit')
      .selectAll()
      .where('record_id', '=', m.recordId)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['problems.create']);
  });

  it('applies a mutation pushed twice once: the retry gets the stored result', async () => {
    const m = create();
    const first = await north1.push(m);
    const before = await changesCount();
    const retry = await north1.push(m);
    expect(retry).toEqual(first);
    const rows = await s.store.db
      .selectFrom('records')
      .select(['version'])
      .where('id', '=', m.recordId)
      .execute();
    expect(rows).toEqual([{ version: first.results[0]?.version }]);
    const audits = await s.store.db
      .selectFrom('audit')
      .select('action')
      .where('record_id', '=', m.recordId)
      .execute();
    expect(audits).toHaveLength(1);
    // The record changed once: nothing newer than its version appeared for it.
    expect((await north1.pull(before)).changes.filter((c) => c.record.id === m.recordId)).toEqual([]);
  });

  it('refuses the same mutation id with a different payload (mutation_id_reused)', async () => {
    const m = create();
    await north1.push(m);
    const { results } = await north1.push({ ...m, changes: { ...m.changes, title: 'Something else' } });
    expect(results[0]).toMatchObject({
      mutationId: m.id,
      status: 'rejected',
      error: { code: 'mutation_id_reused' },
    });
    // The original is untouched, and its stored result still answers a true retry.
    expect((await north1.push(m)).results[0]).toMatchObject({ status: 'applied' });
  });

  it('rejects an invalid record permanently and still applies the valid mutation behind it', async () => {
    const bad = create(uuidv7(), { ...problemFields(), title: '', problemType: 'made_up' });
    const good = create();
    const { results } = await north1.push(bad, good);
    expect(results[0]).toMatchObject({
      mutationId: bad.id,
      status: 'rejected',
      error: {
        code: 'invalid_record',
        details: { title: 'Enter a title', problemType: 'Choose a problem type' },
      },
    });
    expect(results[1]).toMatchObject({ mutationId: good.id, status: 'applied' });
    // Permanent: the retry gets the same rejection.
    expect((await north1.push(bad)).results[0]).toEqual(results[0]);
  });

  it('rejects a change to a server-only field (read_only_field) and an unknown field (invalid_record)', async () => {
    const m = create();
    const { results } = await north1.push(m);
    const version = results[0]?.version ?? 0;
    const ref = await north1.push(edit(m.recordId, version, { reference: 'PS-2026-999999' }));
    expect(ref.results[0]).toMatchObject({
      status: 'rejected',
      error: { code: 'read_only_field', details: { reference: expect.any(String) as string } },
    });
    const ver = await north1.push(edit(m.recordId, version, { version: 1 }));
    expect(ver.results[0]).toMatchObject({ error: { code: 'read_only_field' } });
    const unknown = await north1.push(edit(m.recordId, version, { colour: 'blue' }));
    expect(unknown.results[0]).toMatchObject({
      error: { code: 'invalid_record', details: { colour: expect.any(String) as string } },
    });
    const partial = await north1.push(create(uuidv7(), { title: 'Only a title' }));
    expect(partial.results[0]).toMatchObject({ error: { code: 'invalid_record' } });
  });

  it('keeps both edits to different fields, and on the same field the later arrival wins with a conflict row', async () => {
    const m = create();
    const base = (await north1.push(m)).results[0]?.version ?? 0;
    const a1 = await north1.push(
      edit(m.recordId, base, { title: 'Title from device A' }, '2026-03-03T10:00:00.000Z'),
    );
    const b1 = await north2.push(edit(m.recordId, base, { locationText: 'Corner of Mill Lane' }));
    expect(a1.results[0]).toMatchObject({ status: 'applied' });
    expect(b1.results[0]).toMatchObject({ status: 'merged' });
    expect(b1.results[0]?.conflicts).toBeUndefined();
    const b2 = await north2.push(edit(m.recordId, base, { title: 'Title from device B' }));
    expect(b2.results[0]).toMatchObject({
      status: 'merged',
      conflicts: [
        {
          field: 'title',
          replacedValue: 'Title from device A',
          replacedAt: '2026-03-03T10:00:00.000Z',
          value: 'Title from device B',
        },
      ],
    });
    const record = (await north1.pull()).changes.find((c) => c.record.id === m.recordId)?.record;
    expect(record).toMatchObject({
      title: 'Title from device B',
      locationText: 'Corner of Mill Lane',
      version: b2.results[0]?.version,
    });
    const conflicts = await s.store.db
      .selectFrom('conflicts')
      .selectAll()
      .where('record_id', '=', m.recordId)
      .execute();
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      field: 'title',
      replaced_value: '"Title from device A"',
      value: '"Title from device B"',
    });
    // The replaced title is north1's, even though north2 edited the record (another field) since.
    const north1Id = (
      await s.store.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'north1')
        .executeTakeFirstOrThrow()
    ).id;
    expect(conflicts[0]?.replaced_by).toBe(north1Id);
    expect(b2.results[0]?.conflicts?.[0]?.replacedBy).toBe(north1Id);
  });

  it('does not report an edit typed twice on one device between syncs as a conflict with itself', async () => {
    const m = create();
    const base = (await north1.push(m)).results[0]?.version ?? 0;
    // Both edits were made offline from the same synced copy, so both carry the same base.
    const first = edit(m.recordId, base, { title: 'First wording' });
    const second = edit(m.recordId, base, { title: 'Second wording' });
    const { results } = await north1.push(first, second);
    expect(results.map((r) => r.conflicts)).toEqual([undefined, undefined]);
    // The same officer's other device did not see 'Second wording': that is a real conflict.
    const otherDevice = client(s.app, await signIn(s.app, 'north1'));
    const fromOther = await otherDevice.push(edit(m.recordId, base, { title: 'From the phone' }));
    expect(fromOther.results[0]?.conflicts?.[0]).toMatchObject({ replacedValue: 'Second wording' });
  });

  it("does not report a device's own unsynced edits (null base) as conflicts with its creation", async () => {
    const m = create();
    const later = edit(m.recordId, null, { title: 'Renamed before first sync' });
    const { results } = await north1.push(m, later);
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied']);
    expect(results[1]?.conflicts).toBeUndefined();
  });

  it('tombstones on delete; an edit made elsewhere without seeing the delete brings the record back, keeping the deletion as a conflict', async () => {
    const m = create();
    const v = (await north1.push(m)).results[0]?.version ?? 0;
    const del = { ...edit(m.recordId, v, {}), op: 'delete' as const };
    const deleted = await north1.push(del);
    expect(deleted.results[0]).toMatchObject({ status: 'applied' });
    const row = await s.store.db
      .selectFrom('records')
      .select('deleted')
      .where('id', '=', m.recordId)
      .executeTakeFirstOrThrow();
    expect(row.deleted).toBe(1);
    // north2 edited from the version before the delete, offline: the edit is kept, not refused.
    const later = await north2.push(edit(m.recordId, v, { title: 'Edited on the other tablet' }));
    expect(later.results[0]).toMatchObject({
      status: 'merged',
      conflicts: [{ field: 'deleted', replacedValue: true, value: false }],
    });
    const record = (await north1.pull()).changes.find((c) => c.record.id === m.recordId)?.record;
    expect(record).toMatchObject({ deleted: false, title: 'Edited on the other tablet' });
    const north1Id = (
      await s.store.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'north1')
        .executeTakeFirstOrThrow()
    ).id;
    expect(later.results[0]?.conflicts?.[0]?.replacedBy).toBe(north1Id);
  });

  it('a delete from an old version still deletes; the edit it had not seen is kept in the tombstone and as a conflict', async () => {
    const m = create();
    const v = (await north1.push(m)).results[0]?.version ?? 0;
    await north2.push(edit(m.recordId, v, { locationText: 'Seen only by north2' }));
    const del = await north1.push({ ...edit(m.recordId, v, {}), op: 'delete' as const });
    expect(del.results[0]).toMatchObject({
      status: 'merged',
      conflicts: [{ field: 'deleted', replacedValue: false, value: true }],
    });
    const record = (await north2.pull()).changes.find((c) => c.record.id === m.recordId)?.record;
    expect(record).toMatchObject({ deleted: true, locationText: 'Seen only by north2' });
  });

  it('rejects an edit of a record the server has never seen (not_found) and one from the future', async () => {
    expect((await north1.push(edit(uuidv7(), 3, { title: 'x' }))).results[0]).toMatchObject({
      error: { code: 'not_found' },
    });
    const m = create();
    const v = (await north1.push(m)).results[0]?.version ?? 0;
    expect((await north1.push(edit(m.recordId, v + 1000, { title: 'x' }))).results[0]).toMatchObject({
      error: { code: 'base_version_ahead' },
    });
  });

  it('stops an officer of another team writing the problem or moving one into another team', async () => {
    const m = create();
    const v = (await north1.push(m)).results[0]?.version ?? 0;
    expect((await south1.push(edit(m.recordId, v, { title: 'Not yours' }))).results[0]).toMatchObject({
      error: { code: 'forbidden' },
    });
    expect((await south1.push(create(uuidv7(), problemFields('north')))).results[0]).toMatchObject({
      error: { code: 'forbidden' },
    });
    expect((await north1.push(edit(m.recordId, v, { teamId: 'south' }))).results[0]).toMatchObject({
      error: { code: 'forbidden' },
    });
    const lead = client(s.app, await signIn(s.app, 'lead'));
    expect((await lead.push(create())).results[0]).toMatchObject({ error: { code: 'forbidden' } });
  });

  it('refuses a malformed push body with 400 invalid_request', async () => {
    const res = await north1.pushRaw([
      { ...create(), collection: 'nope' } as unknown as ReturnType<typeof create>,
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'invalid_request' } });
  });
});
