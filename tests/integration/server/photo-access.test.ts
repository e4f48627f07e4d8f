// Photos (issue 13, item 3), by situation: a hash copied into another officer's record, bytes with
// something after the image, a decompression bomb, an officer over their allowance, bytes nobody
// refers to any more, and the photo of an erased record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { uuidv7 } from '#domain/ids';
import type { Mutation } from '#domain/sync';
import {
  client,
  create,
  databaseNames,
  edit,
  HEADERS,
  problemFields,
  signIn,
  startServer,
  type TestServer,
} from './helper';
import { jpeg, png, sha, webp } from './images';
import { assessment, newAction, newReview, objective, userId } from './osara-fixtures';
import { sweepPhotos } from '#server/patrol/photo-refs';

const put = (app: FastifyInstance, cookie: string, bytes: Buffer, type = 'image/jpeg') =>
  app.inject({
    method: 'PUT',
    url: `/api/attachments/${sha(bytes)}`,
    headers: { ...HEADERS, cookie, 'content-type': type },
    payload: bytes,
  });
const get = (app: FastifyInstance, cookie: string, hash: string) =>
  app.inject({ method: 'GET', url: `/api/attachments/${hash}`, headers: { cookie } });

function activityWithPhoto(bytes: Buffer, teamId: string, problemId?: string): Mutation {
  return {
    id: uuidv7(),
    collection: 'activities',
    recordId: uuidv7(),
    op: 'put',
    baseVersion: null,
    at: '2026-07-10T09:00:00.000Z',
    changes: {
      teamId,
      type: 'patrol',
      startedAt: '2026-07-10T08:30:00.000Z',
      durationMinutes: 30,
      ...(problemId === undefined ? {} : { problemId }),
      photos: [{ sha256: sha(bytes), mime: 'image/jpeg', size: bytes.length, width: 16, height: 16 }],
    },
  };
}

const QUOTA = 4000;

describe.each(databaseNames)('photos on %s', (db) => {
  let s: TestServer;
  const cookies: Record<string, string> = {};
  const cookie = (name: string): string => cookies[name] ?? '';
  beforeAll(async () => {
    s = await startServer(db, { attachmentMaxPixels: 1_000_000, attachmentQuotaBytes: QUOTA });
    for (const name of ['north1', 'north2', 'south1', 'sup', 'lead'])
      cookies[name] = await signIn(s.app, name);
  });
  afterAll(async () => {
    await s.close();
  });
  const held = async (hash: string) =>
    (await s.store.db.selectFrom('attachments').select('sha256').where('sha256', '=', hash).execute()).length;

  it('does not let a copied hash read the photo: the answer is the one for bytes that do not exist', async () => {
    const bytes = jpeg();
    expect((await put(s.app, cookie('north1'), bytes)).statusCode).toBe(201);
    expect(
      (await client(s.app, cookie('north1')).push(activityWithPhoto(bytes, 'north'))).results[0]?.status,
    ).toBe('applied');
    expect((await get(s.app, cookie('north2'), sha(bytes))).statusCode).toBe(200);
    // South copies the hash into an activity of their own: they may read that record, but its
    // author never uploaded these bytes.
    await client(s.app, cookie('south1')).push(activityWithPhoto(bytes, 'south'));
    const stolen = await get(s.app, cookie('south1'), sha(bytes));
    const missing = await get(s.app, cookie('south1'), sha(jpeg()));
    expect(stolen.statusCode).toBe(missing.statusCode);
    expect(stolen.json()).toEqual(missing.json());
    expect(stolen.json()).toMatchObject({ error: { code: 'attachment_not_found' } });
    // The uploader's teammates and the force-wide reader still see it through north1's record.
    expect((await get(s.app, cookie('lead'), sha(bytes))).statusCode).toBe(200);
  });

  it('refuses bytes after the end of the image, in each format', async () => {
    const junk = Buffer.from('<?php system($_GET["c"]); ?>');
    for (const [bytes, type] of [
      [jpeg({ after: junk }), 'image/jpeg'],
      [png({ after: junk }), 'image/png'],
      [webp({ after: junk }), 'image/webp'],
    ] as const) {
      const res = await put(s.app, cookie('north1'), bytes, type);
      expect({ type, status: res.statusCode }).toEqual({ type, status: 400 });
      expect(res.json()).toMatchObject({ error: { code: 'attachment_trailing_bytes' } });
      expect(await held(sha(bytes))).toBe(0);
    }
    // The same images without the tail are fine.
    expect((await put(s.app, cookie('north2'), png(), 'image/png')).statusCode).toBe(201);
    expect((await put(s.app, cookie('north2'), webp(), 'image/webp')).statusCode).toBe(201);
  });

  it('refuses an image whose header declares more pixels than the limit (a decompression bomb)', async () => {
    for (const [bytes, type] of [
      [jpeg({ width: 20000, height: 20000 }), 'image/jpeg'],
      [png({ width: 100000, height: 100000 }), 'image/png'],
      [webp({ width: 16000, height: 16000 }), 'image/webp'],
    ] as const) {
      const res = await put(s.app, cookie('sup'), bytes, type);
      expect({ type, status: res.statusCode }).toEqual({ type, status: 400 });
      expect(res.json()).toMatchObject({ error: { code: 'attachment_too_many_pixels' } });
    }
  });

  it('keeps a per-officer allowance, with a stable code; the same bytes again cost nothing', async () => {
    const first = jpeg({ content: 1500 });
    const second = jpeg({ content: 1500 });
    const third = jpeg({ content: 1500 });
    const officer = cookie('south1');
    expect((await put(s.app, officer, first)).statusCode).toBe(201);
    expect((await put(s.app, officer, second)).statusCode).toBe(201);
    const over = await put(s.app, officer, third);
    expect(over.statusCode).toBe(413);
    expect(over.json()).toMatchObject({ error: { code: 'attachment_quota_exceeded' } });
    expect(await held(sha(third))).toBe(0);
    expect((await put(s.app, officer, first)).statusCode).toBe(200);
  });

  it('removes bytes nobody refers to once the grace period is over, and keeps referred ones', async () => {
    const orphan = jpeg();
    const kept = jpeg();
    expect((await put(s.app, cookie('north2'), orphan)).statusCode).toBe(201);
    expect((await put(s.app, cookie('north2'), kept)).statusCode).toBe(201);
    await client(s.app, cookie('north2')).push(activityWithPhoto(kept, 'north'));
    // Within the grace period (the app uploads after its record syncs, or retries later) nothing goes.
    await sweepPhotos(s.store.db, { graceHours: 24, now: new Date(Date.now() + 60 * 60 * 1000) });
    expect(await held(sha(orphan))).toBe(1);
    await sweepPhotos(s.store.db, { graceHours: 24, now: new Date(Date.now() + 25 * 60 * 60 * 1000) });
    expect(await held(sha(orphan))).toBe(0);
    expect(await held(sha(kept))).toBe(1);
    expect((await get(s.app, cookie('north2'), sha(orphan))).statusCode).toBe(404);
  });

  it('removes the bytes at once when their only referring record is erased', async () => {
    const north1 = client(s.app, cookie('north1'));
    const p = create(uuidv7(), {
      ...problemFields('north', 'Bikes stolen at the station'),
      objective,
      status: 'response',
    });
    const v = (await north1.push(p)).results[0]?.version ?? 0;
    await north1.push(newAction(p.recordId));
    const photo = jpeg();
    expect((await put(s.app, cookie('north1'), photo)).statusCode).toBe(201);
    await north1.push(activityWithPhoto(photo, 'north', p.recordId));
    const assessed = (await north1.push(edit(p.recordId, v, { status: 'assessment', assessment })))
      .results[0];
    await client(s.app, cookie('sup')).push(newReview(p.recordId, await userId(s, 'sup')));
    const closed = (await north1.push(edit(p.recordId, assessed?.version ?? 0, { status: 'closed' })))
      .results[0];
    expect(closed?.status).toBe('applied');
    const erase = await s.app.inject({
      method: 'POST',
      url: `/api/retention/${p.recordId}/decision`,
      headers: { ...HEADERS, cookie: cookie('sup') },
      payload: { decision: 'erase', reason: 'Retention period ended' },
    });
    expect(erase.statusCode).toBe(200);
    expect(await held(sha(photo))).toBe(0);
  });
});
