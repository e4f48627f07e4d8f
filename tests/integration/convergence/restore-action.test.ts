// Issue 13, item 6: a replaced value on an action can be restored like one on a problem. Two
// officers' devices (the app's real workspaces, IndexedDB and sync engine) change the same field
// of the same action offline; the later arrival wins and the force database keeps the replaced
// value as a conflict. The officer whose value was replaced restores it ("Restore my value", an
// ordinary edit through the actions repository), and after syncing every device and the server
// hold the restored value, and the notice is closed on both devices. (Reviews are append-only:
// the server refuses any edit of one, so a review's value is never replaced.)
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ConflictNotice } from '#client/app/contract';
import type { Backend } from './backend';
import { Device } from './device';
import { startInProcess } from './in-process';
import { Network } from './transport';

const pgUrl = process.env.TEST_DATABASE_URL;
const targets = [
  { name: 'SQLite', kind: 'sqlite' as const, instances: 1 },
  ...(pgUrl !== undefined && pgUrl !== ''
    ? [{ name: 'PostgreSQL', kind: 'postgres' as const, instances: 2 }]
    : []),
];

function notices(device: Device, recordId: string): Promise<ConflictNotice[]> {
  return new Promise((resolve) => {
    const stop = device.ws.conflicts.watchForRecord(recordId, (items) => {
      setTimeout(() => {
        stop();
      });
      resolve(items);
    });
  });
}

describe.each(targets)('restoring a replaced value on an action on $name', ({ kind, instances }) => {
  let backend: Backend;
  let network: Network;
  beforeAll(async () => {
    backend = await startInProcess(kind, instances);
    network = new Network(backend.deliver);
    network.routes = instances === 2 ? [0, 1] : [0];
  });
  afterAll(async () => {
    await backend.close();
  });

  it('the officer whose value was replaced restores it, and every device converges on it', async () => {
    const a = await Device.open(network, 'north1', new Map());
    const b = await Device.open(network, 'north2', new Map());
    try {
      const problem = await a.ws.problems.create({
        teamId: 'north',
        title: 'Lights out behind the shops',
        problemType: 'asb_youth',
        description: 'Dark alley',
        locationText: 'Mill Lane',
        status: 'scanning',
      });
      const action = await a.ws.actions.create({
        problemId: problem.id,
        description: 'Ask the council to repair the lights',
        techniques: ['assist_natural_surveillance'],
        lead: { kind: 'officer', userId: a.ws.me.id },
        status: 'planned',
      });
      await a.sync();
      await b.sync();
      expect((await b.db.actions.get(action.id))?.status).toBe('planned');

      // Offline, both change the status; a's arrives first, b's later and wins.
      await a.ws.actions.update(action.id, { status: 'in_progress' });
      await b.ws.actions.update(action.id, { status: 'cancelled' });
      await a.sync();
      await b.sync();
      await a.sync();
      expect((await a.db.actions.get(action.id))?.status).toBe('cancelled');

      const [mine] = await notices(a, action.id);
      expect(mine).toMatchObject({
        collection: 'actions',
        field: 'status',
        involvement: 'replaced',
        replacedValue: 'in_progress',
        currentValue: 'cancelled',
      });
      const [theirs] = await notices(b, action.id);
      expect(theirs?.involvement).toBe('won');
      // Only the officer whose value was replaced may restore it.
      await expect(b.ws.conflicts.restore(theirs?.id ?? '')).rejects.toThrow();

      await a.ws.conflicts.restore(mine?.id ?? '');
      expect((await a.db.actions.get(action.id))?.status).toBe('in_progress');
      await a.sync();
      await b.sync();

      const stored = await backend.check.db
        .selectFrom('records')
        .select('data')
        .where('collection', '=', 'actions')
        .where('id', '=', action.id)
        .executeTakeFirstOrThrow();
      expect((JSON.parse(stored.data) as { status: string }).status).toBe('in_progress');
      for (const device of [a, b]) {
        expect((await device.db.actions.get(action.id))?.status).toBe('in_progress');
        await vi.waitFor(async () => {
          expect(await notices(device, action.id)).toEqual([]);
        });
      }
    } finally {
      await a.discard();
      await b.discard();
    }
  });
});
