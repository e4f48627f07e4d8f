// Situation: a write fails part-way. The record and its outbox entry change together or not at all.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '#domain/ids';
import type { Mutation } from '#domain/sync';
import { commitLocalWrite } from '#client/platform/db/write';
import { ValidationError } from '#client/app/contract';
import { makeMe, sampleFields, startHarness, type Harness } from './harness';

describe('one write path', () => {
  let h: Harness;
  beforeEach(() => {
    h = startHarness();
  });
  afterEach(() => {
    h.close();
  });

  it('an invalid new problem writes nothing and explains each field', async () => {
    const me = makeMe('alice');
    const ws = await h.signIn(me);
    const error: unknown = await ws.problems
      .create(sampleFields({ title: '  ', teamId: '' }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({
      title: 'Enter a title',
      teamId: 'Choose a team',
    });
    const db = h.inspect(me);
    expect(await db.problems.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('an invalid edit leaves the record and the outbox as they were', async () => {
    const me = makeMe('alice');
    const ws = await h.signIn(me);
    const created = await ws.problems.create(sampleFields());
    await expect(ws.problems.update(created.id, { title: '' })).rejects.toBeInstanceOf(ValidationError);
    const db = h.inspect(me);
    expect(await db.problems.get(created.id)).toEqual(created);
    expect(await db.outbox.count()).toBe(1);
  });

  it('when the outbox write fails, the record is not changed either', async () => {
    const me = makeMe('alice');
    const ws = await h.signIn(me);
    const created = await ws.problems.create(sampleFields());
    const db = h.inspect(me);
    const [row] = await db.outbox.toArray();
    if (row === undefined) throw new Error('expected a queued mutation');
    const { id, collection, recordId, op, changes, baseVersion, at } = row;
    const queued: Mutation = { id, collection, recordId, op, changes, baseVersion, at };

    // Reusing a queued mutation id breaks the outbox's unique index, so the outbox write fails
    // after the record write in the same transaction: the transaction must undo the record.
    const write = commitLocalWrite(db, 'problems', created.id, (current) => {
      if (current === undefined) throw new Error('missing');
      return {
        record: { ...current, title: 'Should never be seen' },
        mutation: { ...queued, id: queued.id, changes: { title: 'Should never be seen' } },
      };
    });
    await expect(write).rejects.toMatchObject({ name: 'ConstraintError' });
    expect(await db.problems.get(created.id)).toEqual(created);
    expect(await db.outbox.count()).toBe(1);

    // And a well-formed write through the same path commits both.
    await commitLocalWrite(db, 'problems', created.id, (current) =>
      current === undefined
        ? null
        : {
            record: { ...current, title: 'Seen' },
            mutation: { ...queued, id: uuidv7(), changes: { title: 'Seen' } },
          },
    );
    expect((await db.problems.get(created.id))?.title).toBe('Seen');
    expect(await db.outbox.count()).toBe(2);
  });
});
