// Attachments, organised by situation: uploaded twice, changed on the way, too large,
// not an image, still carrying EXIF; fetched by a teammate, another team, an admin, the uploader.
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { uuidv7 } from '#domain/ids';
import type { Mutation } from '#domain/sync';
import { client, databaseNames, HEADERS, signIn, startServer, type TestServer } from './helper';
import { JPEG_OVERHEAD, jpeg, png, segment, sha } from './images';

const MAX = 64 * 1024;

/** A clean JPEG (see images.ts) with `contentBytes` of random comment content. */
const cleanJpeg = (contentBytes = 256, extra: Buffer[] = []): Buffer =>
  jpeg({ content: contentBytes, extra });

/** A JPEG as a phone camera writes it: an EXIF APP1 segment (here with a GPS tag name inside). */
function exifJpeg(): Buffer {
  const exif = Buffer.concat([
    Buffer.from('Exif\0\0II*\0', 'latin1'),
    Buffer.from('GPSLatitude'),
    randomBytes(32),
  ]);
  return cleanJpeg(128, [segment(0xe1, exif)]);
}

function put(
  app: FastifyInstance,
  cookie: string,
  hash: string,
  body: Buffer | Readable,
  type = 'image/jpeg',
) {
  return app.inject({
    method: 'PUT',
    url: `/api/attachments/${hash}`,
    headers: { ...HEADERS, cookie, 'content-type': type },
    payload: body,
  });
}

function get(app: FastifyInstance, cookie: string, hash: string) {
  return app.inject({ method: 'GET', url: `/api/attachments/${hash}`, headers: { cookie } });
}

function activityWithPhoto(bytes: Buffer, teamId = 'north'): Mutation {
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
      photos: [{ sha256: sha(bytes), mime: 'image/jpeg', size: bytes.length, width: 800, height: 600 }],
    },
  };
}

describe.each(databaseNames)('attachments on %s', (db) => {
  let s: TestServer;
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    s = await startServer(db, { attachmentMaxBytes: MAX });
    for (const name of ['north1', 'north2', 'south1', 'sup', 'lead', 'admin'])
      cookies[name] = await signIn(s.app, name);
  });
  afterAll(async () => {
    await s.close();
  });
  const cookie = (name: string): string => cookies[name] ?? '';

  it('stores an upload once: the same bytes again are accepted with the same result', async () => {
    const bytes = cleanJpeg();
    const first = await put(s.app, cookie('north1'), sha(bytes), bytes);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({ sha256: sha(bytes), mime: 'image/jpeg', size: bytes.length });
    const again = await put(s.app, cookie('north1'), sha(bytes), bytes);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    // Another officer uploading the same photo is fine too, and becomes an uploader of it.
    expect((await put(s.app, cookie('south1'), sha(bytes), bytes)).statusCode).toBe(200);
    const rows = await s.store.db
      .selectFrom('attachments')
      .select('sha256')
      .where('sha256', '=', sha(bytes))
      .execute();
    expect(rows).toHaveLength(1);
    const audit = await s.store.db
      .selectFrom('audit')
      .select(['action', 'user_id'])
      .where('record_id', '=', sha(bytes))
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'attachment.upload',
      'attachment.upload',
      'attachment.upload',
    ]);
  });

  it('accepts PNG', async () => {
    const bytes = png();
    const res = await put(s.app, cookie('north1'), sha(bytes), bytes, 'image/png');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ mime: 'image/png' });
  });

  it('refuses bytes that do not match their hash (attachment_hash_mismatch) and stores nothing', async () => {
    const bytes = cleanJpeg();
    const claimed = sha(cleanJpeg());
    const res = await put(s.app, cookie('north1'), claimed, bytes);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'attachment_hash_mismatch' } });
    const rows = await s.store.db
      .selectFrom('attachments')
      .select('sha256')
      .where('sha256', 'in', [claimed, sha(bytes)])
      .execute();
    expect(rows).toEqual([]);
  });

  it('refuses an upload over the limit (attachment_too_large, 413) from its Content-Length', async () => {
    const bytes = cleanJpeg(MAX);
    expect(bytes.length).toBeGreaterThan(MAX);
    const res = await put(s.app, cookie('north1'), sha(bytes), bytes);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ error: { code: 'attachment_too_large', details: { maxBytes: MAX } } });
  });

  it('refuses an over-limit upload sent without a length, while reading it', async () => {
    const bytes = cleanJpeg(MAX * 2);
    const chunks = Array.from({ length: 32 }, (_, i) =>
      bytes.subarray((i * bytes.length) / 32, ((i + 1) * bytes.length) / 32),
    );
    const res = await put(s.app, cookie('north1'), sha(bytes), Readable.from(chunks));
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ error: { code: 'attachment_too_large' } });
  });

  it('accepts an upload of exactly the limit', async () => {
    const bytes = cleanJpeg(MAX - JPEG_OVERHEAD - 8);
    expect(bytes.length).toBe(MAX);
    expect((await put(s.app, cookie('north1'), sha(bytes), bytes)).statusCode).toBe(201);
  });

  it('refuses other media types (unsupported_media_type, 415)', async () => {
    const bytes = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>');
    for (const type of ['image/svg+xml', 'application/json', 'text/plain', 'application/octet-stream']) {
      const res = await put(s.app, cookie('north1'), sha(bytes), bytes, type);
      expect(res.statusCode, type).toBe(415);
      expect(res.json(), type).toMatchObject({ error: { code: 'unsupported_media_type' } });
    }
  });

  it('refuses bytes that are not the image type they claim (attachment_type_mismatch)', async () => {
    const bytes = png();
    const res = await put(s.app, cookie('north1'), sha(bytes), bytes, 'image/jpeg');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'attachment_type_mismatch' } });
    const text = Buffer.from('not an image at all');
    const res2 = await put(s.app, cookie('north1'), sha(text), text, 'image/webp');
    expect(res2.json()).toMatchObject({ error: { code: 'attachment_type_mismatch' } });
  });

  it('refuses a JPEG that still carries EXIF (attachment_has_metadata)', async () => {
    const bytes = exifJpeg();
    const res = await put(s.app, cookie('north1'), sha(bytes), bytes);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: { code: 'attachment_has_metadata', details: { metadata: ['EXIF'] } },
    });
  });

  it('refuses an upload from a role that may not upload, before reading the body', async () => {
    const bytes = cleanJpeg();
    for (const name of ['lead', 'admin']) {
      const res = await put(s.app, cookie(name), sha(bytes), bytes);
      expect(res.statusCode, name).toBe(403);
      expect(res.json()).toMatchObject({ error: { code: 'forbidden' } });
    }
    const anonymous = await put(s.app, '', sha(bytes), bytes);
    expect(anonymous.statusCode).toBe(401);
  });

  it('refuses a malformed hash in the path', async () => {
    const bytes = cleanJpeg();
    const res = await put(s.app, cookie('north1'), sha(bytes).toUpperCase(), bytes);
    expect(res.statusCode).toBe(400);
  });

  describe('reading', () => {
    const bytes = cleanJpeg(512);
    const hash = sha(bytes);

    beforeAll(async () => {
      expect((await put(s.app, cookie('north1'), hash, bytes)).statusCode).toBe(201);
    });

    it('lets the uploader read it back before any record refers to it', async () => {
      const res = await get(s.app, cookie('north1'), hash);
      expect(res.statusCode).toBe(200);
      expect(res.rawPayload.equals(bytes)).toBe(true);
      expect(res.headers['content-type']).toBe('image/jpeg');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    });

    it('refuses a teammate before a record refers to it', async () => {
      expect((await get(s.app, cookie('north2'), hash)).statusCode).toBe(404);
    });

    it('after the activity syncs: a teammate and the supervisor can read; another team gets 404, an admin 403', async () => {
      const { results } = await client(s.app, cookie('north1')).push(activityWithPhoto(bytes));
      expect(results[0]?.status).toBe('applied');

      for (const name of ['north2', 'sup', 'lead']) {
        const res = await get(s.app, cookie(name), hash);
        expect(res.statusCode, name).toBe(200);
        expect(res.rawPayload.equals(bytes), name).toBe(true);
      }
      const other = await get(s.app, cookie('south1'), hash);
      expect(other.statusCode).toBe(404);
      expect(other.json()).toMatchObject({ error: { code: 'attachment_not_found' } });
      // An admin may read no photo at all (the access table), whatever the hash.
      const admin = await get(s.app, cookie('admin'), hash);
      expect(admin.statusCode).toBe(403);
      expect(admin.json()).toMatchObject({ error: { code: 'forbidden' } });
      const reads = await s.store.db
        .selectFrom('audit')
        .select(['action', 'details'])
        .where('record_id', '=', hash)
        .where('action', '=', 'attachment.read')
        .execute();
      expect(reads.length).toBeGreaterThanOrEqual(4);
    });

    it('stops a teammate reading once the only referring record is deleted', async () => {
      const other = cleanJpeg();
      expect((await put(s.app, cookie('north1'), sha(other), other)).statusCode).toBe(201);
      const north1 = client(s.app, cookie('north1'));
      const m = activityWithPhoto(other);
      const version = (await north1.push(m)).results[0]?.version ?? null;
      expect((await get(s.app, cookie('north2'), sha(other))).statusCode).toBe(200);
      await north1.push({
        id: uuidv7(),
        collection: 'activities',
        recordId: m.recordId,
        op: 'delete',
        changes: {},
        baseVersion: version,
        at: '2026-07-10T10:00:00.000Z',
      });
      expect((await get(s.app, cookie('north2'), sha(other))).statusCode).toBe(404);
      // The uploader keeps access to what they sent.
      expect((await get(s.app, cookie('north1'), sha(other))).statusCode).toBe(200);
    });

    it('does not count a note that merely mentions the hash as a reference', async () => {
      const other = cleanJpeg();
      expect((await put(s.app, cookie('north1'), sha(other), other)).statusCode).toBe(201);
      const m = activityWithPhoto(cleanJpeg());
      m.changes = { ...m.changes, notes: `see ${sha(other)}` };
      await client(s.app, cookie('north1')).push(m);
      expect((await get(s.app, cookie('north2'), sha(other))).statusCode).toBe(404);
    });

    it('does not reveal whether unknown bytes exist: one answer for no right and for no bytes', async () => {
      const never = cleanJpeg();
      const before = await get(s.app, cookie('north2'), sha(never));
      expect(before.statusCode).toBe(404);
      // A record refers to a photo whose bytes were never uploaded: the same answer, to everyone.
      await client(s.app, cookie('north1')).push(activityWithPhoto(never));
      const teammate = await get(s.app, cookie('north2'), sha(never));
      const otherTeam = await get(s.app, cookie('south1'), sha(never));
      for (const res of [teammate, otherTeam]) {
        expect(res.statusCode).toBe(404);
        expect(res.json()).toEqual(before.json());
      }
      expect(before.json()).toMatchObject({ error: { code: 'attachment_not_found' } });
    });
  });
});
