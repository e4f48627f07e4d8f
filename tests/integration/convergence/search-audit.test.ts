// Issue 13, item 6: running a search is itself audited. Search runs on the device over its own
// copy, so the device records the search (the words, the filters, how many matched; never what
// matched) and sends it with sync. This drives the app's real workspace, IndexedDB queue and sync
// engine against the real server: offline the event waits on the device; at the next sync it
// reaches the audit log as a consultation by this officer from this device, and only once.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditPageSchema } from '#domain/audit';
import { addUser } from '#server/organisation/admin';
import { PASSWORD, testConfig, type Backend } from './backend';
import { Device } from './device';
import { startInProcess } from './in-process';
import { Network } from './transport';

const pgUrl = process.env.TEST_DATABASE_URL;
const targets = [
  { name: 'SQLite', kind: 'sqlite' as const },
  ...(pgUrl !== undefined && pgUrl !== '' ? [{ name: 'PostgreSQL', kind: 'postgres' as const }] : []),
];

describe.each(targets)('a search reaches the audit log on $name', ({ kind }) => {
  let backend: Backend;
  let network: Network;
  beforeAll(async () => {
    backend = await startInProcess(kind, 1);
    network = new Network(backend.deliver);
  });
  afterAll(async () => {
    await backend.close();
  });

  const searchRows = () =>
    backend.check.db
      .selectFrom('audit')
      .innerJoin('users', 'users.id', 'audit.user_id')
      .select(['users.username', 'audit.device_id', 'audit.action', 'audit.details', 'audit.record_id'])
      .where('audit.action', '=', 'consultation.search')
      .execute();

  it('is queued offline, sent at the next sync, logged once with who, where, what was asked and how many matched', async () => {
    const device = await Device.open(network, 'north1', new Map());
    try {
      device.ws.consultations.recordSearch({
        text: 'Mill Lane',
        filters: { type: ['asb_youth'], team: [] },
        results: 2,
      });
      await vi.waitFor(async () => {
        expect(await device.db.consultations.count()).toBe(1);
      });

      // Offline: every request of the sync fails; the event stays on the device.
      await device.sync(Array(10).fill('dropRequest'));
      expect(await device.db.consultations.count()).toBe(1);
      expect(await searchRows()).toEqual([]);

      // Back online, and the reply to the first attempt is lost: the event is resent, logged once.
      await device.sync(['dropResponse']);
      await device.sync();
      expect(await device.db.consultations.count()).toBe(0);
      const rows = await searchRows();
      expect(rows).toHaveLength(1);
      const row = rows[0];
      expect(row).toMatchObject({ username: 'north1', record_id: null });
      expect(row?.device_id).toMatch(/^[0-9a-f-]{36}$/);
      const details = JSON.parse(String(row?.details)) as Record<string, unknown>;
      expect(details).toEqual({
        text: 'Mill Lane',
        filters: { type: ['asb_youth'] },
        results: 2,
        searchedAt: expect.any(String) as string,
      });

      // An auditor finds it under "Consultation".
      await addUser(
        backend.check.db,
        { username: 'auditor', displayName: 'Auditor', role: 'admin', teamIds: [], password: PASSWORD },
        testConfig().passwordCost,
      );
      const auditor = network.link();
      const signedIn = await auditor.fetch('http://localhost/api/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-beatbook': '1' },
        body: JSON.stringify({ username: 'auditor', password: PASSWORD }),
      });
      expect(signedIn.status).toBe(200);
      const res = await auditor.fetch('http://localhost/api/audit?kind=consultation&user=north1');
      const page = auditPageSchema.parse(await res.json());
      expect(page.rows.filter((r) => r.action === 'consultation.search')).toHaveLength(1);
    } finally {
      await device.discard();
    }
  });
});
