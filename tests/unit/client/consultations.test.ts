// "Opened record" events on the device: queued once per visit, sent with sync, removed
// once answered, kept when the force database cannot be reached, dropped when it cannot read them.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '#domain/ids';
import type { ApiClient } from '#client/platform/api/client';
import { HttpApiError, networkError } from '#client/platform/api/errors';
import { MAX_SEARCH_TEXT, consultationsRequestSchema } from '#domain/audit';
import { recordConsultation, recordSearchRun, SEARCH_TEXT_LIMIT } from '#client/audit/data/consultations';
import { openUserDb } from '#client/platform/db/schema';
import { sendConsultations } from '#client/audit/data/send-consultations';

function fakeApi(answer: (body: { events: { id: string }[] }) => Response | Error) {
  const sent: { path: string; body: { deviceId: string; events: { id: string }[] } }[] = [];
  const api = {
    send(_method: string, path: string, payload?: { json: unknown }) {
      const body = payload?.json as { deviceId: string; events: { id: string }[] };
      sent.push({ path, body });
      const reply = answer(body);
      return reply instanceof Error ? Promise.reject(reply) : Promise.resolve(reply);
    },
  } as unknown as ApiClient;
  return { api, sent };
}

const recorded = (body: { events: { id: string }[] }) =>
  Response.json({ results: body.events.map((e) => ({ id: e.id, status: 'recorded' })) });

describe('opened-record events', () => {
  it('queues one event per visit and sends it with the device id, then forgets it', async () => {
    const db = openUserDb(`c-${uuidv7()}`);
    const problem = uuidv7();
    const t0 = new Date('2026-11-28T10:00:00Z');
    await recordConsultation(db, 'problems', problem, t0);
    await recordConsultation(db, 'problems', problem, new Date(t0.getTime() + 5_000));
    await recordConsultation(db, 'problems', problem, new Date(t0.getTime() + 120_000));
    expect(await db.consultations.count()).toBe(2);
    const { api, sent } = fakeApi(recorded);
    const deviceId = uuidv7();
    await sendConsultations({ db, api, deviceId });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.path).toBe('/api/audit/consultations');
    expect(sent[0]?.body.deviceId).toBe(deviceId);
    expect(sent[0]?.body.events.map((e) => e.id)).toHaveLength(2);
    expect(await db.consultations.count()).toBe(0);
  });

  it('keeps the events when offline, and drops a batch the force database cannot read (400)', async () => {
    const db = openUserDb(`c-${uuidv7()}`);
    await recordConsultation(db, 'problems', uuidv7());
    const offline = fakeApi(() => networkError());
    await expect(sendConsultations({ db, api: offline.api, deviceId: uuidv7() })).rejects.toThrow();
    expect(await db.consultations.count()).toBe(1);
    const refused = fakeApi(() => new HttpApiError('invalid_request', 'bad', 400, null));
    await sendConsultations({ db, api: refused.api, deviceId: uuidv7() });
    expect(await db.consultations.count()).toBe(0);
  });
});

describe('search events', () => {
  it('queues what was asked and how many matched, once per search, in the form the server accepts', async () => {
    const db = openUserDb(`c-${uuidv7()}`);
    const t0 = new Date('2026-11-28T10:00:00Z');
    // Nothing asked is not a search.
    await recordSearchRun(db, { text: '   ', filters: { type: [] }, results: 40 }, t0);
    expect(await db.consultations.count()).toBe(0);
    await recordSearchRun(
      db,
      { text: '  Mill   Lane ', filters: { type: ['asb_youth'], year: [] }, results: 3 },
      t0,
    );
    // The same search again (the index refreshed under it) within a minute is the same event.
    await recordSearchRun(
      db,
      { text: 'Mill Lane', filters: { type: ['asb_youth'] }, results: 4 },
      new Date(t0.getTime() + 10_000),
    );
    await recordSearchRun(
      db,
      { text: 'Mill Lane', filters: {}, results: 9 },
      new Date(t0.getTime() + 20_000),
    );
    await recordSearchRun(db, { text: 'x'.repeat(500), filters: {}, results: 0 }, t0);
    const rows = await db.consultations.toArray();
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      kind: 'search',
      text: 'Mill Lane',
      filters: { type: ['asb_youth'] },
      results: 3,
    });
    expect(rows[0]).not.toHaveProperty('recordId');
    expect(rows[2]).toMatchObject({ text: 'x'.repeat(MAX_SEARCH_TEXT) });
    expect(SEARCH_TEXT_LIMIT).toBe(MAX_SEARCH_TEXT);

    const { api, sent } = fakeApi(recorded);
    await sendConsultations({ db, api, deviceId: uuidv7() });
    expect(consultationsRequestSchema.safeParse(sent[0]?.body).success).toBe(true);
    expect(await db.consultations.count()).toBe(0);
  });
});
