// Situation: the force database refused a change and the officer deals with it: "Fix and
// resend" (save again, which queues a new mutation) or "Discard" (back to the server copy).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BeatbookDb } from '#client/platform/db/schema';
import type { Workspace } from '#client/app/contract';
import { makeMe, sampleFields, startHarness, type Harness } from './harness';

/** Queues an edit, has the server refuse it, syncs: returns the refused mutation's id. */
async function refuseNext(
  h: Harness,
  ws: Workspace,
  db: BeatbookDb,
  edit: () => Promise<unknown>,
): Promise<string> {
  await edit();
  const last = await db.outbox.orderBy('seq').last();
  if (last === undefined) throw new Error('expected a queued mutation');
  h.force.refuse.set(last.id, 'forbidden');
  await ws.sync.syncNow();
  expect(await db.needsAttention.get(last.id)).toBeDefined();
  return last.id;
}

describe('refused change: resent or discarded', () => {
  let h: Harness;
  beforeEach(() => {
    h = startHarness();
  });
  afterEach(() => {
    h.close();
  });

  it('discard puts the view back to the server copy, keeping other pending edits on top', async () => {
    const me = makeMe('alice');
    const ws = await h.signIn(me);
    const db = h.inspect(me);
    const created = await ws.problems.create(sampleFields());
    await ws.sync.syncNow();
    const refusedId = await refuseNext(h, ws, db, () =>
      ws.problems.update(created.id, { title: 'Refused title' }),
    );
    h.knobs.offline = true;
    await ws.problems.update(created.id, { locationText: 'Pending location' });
    expect(await db.problems.get(created.id)).toMatchObject({
      title: 'Refused title',
      locationText: 'Pending location',
    });

    await ws.sync.discardAttention(refusedId);

    expect(await db.needsAttention.count()).toBe(0);
    expect(await db.outbox.count()).toBe(1);
    expect(await db.problems.get(created.id)).toMatchObject({
      title: sampleFields().title,
      locationText: 'Pending location',
      version: 1,
    });
    h.knobs.offline = false;
    await ws.sync.syncNow();
    expect(h.force.problems()[0]).toMatchObject({
      title: sampleFields().title,
      locationText: 'Pending location',
    });
    expect(await db.problems.get(created.id)).toMatchObject({ title: sampleFields().title });
  });

  it('discard of a refused new record takes it off this device', async () => {
    const me = makeMe('alice');
    const ws = await h.signIn(me);
    const db = h.inspect(me);
    let id = '';
    const refusedId = await refuseNext(h, ws, db, async () => {
      id = (await ws.problems.create(sampleFields({ title: 'Never accepted' }))).id;
    });

    await ws.sync.discardAttention(refusedId);

    expect(await db.problems.get(id)).toBeUndefined();
    expect(await db.needsAttention.count()).toBe(0);
    expect(h.force.problems()).toEqual([]);
  });

  it('fix and resend queues a new mutation from the server version with the refused fields', async () => {
    const me = makeMe('alice');
    const ws = await h.signIn(me);
    const db = h.inspect(me);
    const created = await ws.problems.create(sampleFields());
    await ws.sync.syncNow();
    const refusedId = await refuseNext(h, ws, db, () =>
      ws.problems.update(created.id, { title: 'Refused title', description: 'Refused description' }),
    );
    const view = await db.problems.get(created.id);
    if (view === undefined) throw new Error('the view is gone');
    const { teamId, title, problemType, description, locationText, status } = view;
    expect({ title, description }).toEqual({ title: 'Refused title', description: 'Refused description' });

    // The edit form is prefilled with the view; the officer corrects one field and saves.
    await ws.problems.update(created.id, {
      teamId,
      title,
      problemType,
      locationText,
      status,
      description: 'Corrected description',
    });
    await ws.sync.resolveAttention(refusedId);

    const queued = await db.outbox.toArray();
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({
      recordId: created.id,
      baseVersion: 1,
      changes: { title: 'Refused title', description: 'Corrected description' },
    });
    expect(queued[0]?.id).not.toBe(refusedId);
    expect(await db.needsAttention.count()).toBe(0);
    expect(await db.problems.get(created.id)).toMatchObject({
      title: 'Refused title',
      description: 'Corrected description',
    });

    await ws.sync.syncNow();
    expect(await db.outbox.count()).toBe(0);
    expect(await db.needsAttention.count()).toBe(0);
    expect(h.force.problems()[0]).toMatchObject({
      title: 'Refused title',
      description: 'Corrected description',
    });
  });

  it('fix and resend of a refused new record sends it as a creation', async () => {
    const me = makeMe('alice');
    const ws = await h.signIn(me);
    const db = h.inspect(me);
    let id = '';
    const refusedId = await refuseNext(h, ws, db, async () => {
      id = (await ws.problems.create(sampleFields({ title: 'First try' }))).id;
    });

    await ws.problems.update(id, sampleFields({ title: 'First try' }));
    await ws.sync.resolveAttention(refusedId);

    const queued = await db.outbox.toArray();
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({
      recordId: id,
      baseVersion: null,
      changes: sampleFields({ title: 'First try' }),
    });
    expect(await db.problems.get(id)).toMatchObject({ title: 'First try' });
    await ws.sync.syncNow();
    expect(h.force.problems()).toHaveLength(1);
    expect((await db.problems.get(id))?.reference).toMatch(/^PS-/);
  });

  it('ignores an id that is not on the list', async () => {
    const ws = await h.signIn(makeMe('alice'));
    await expect(ws.sync.discardAttention('no-such-id')).resolves.toBeUndefined();
    await expect(ws.sync.resolveAttention('no-such-id')).resolves.toBeUndefined();
  });
});
