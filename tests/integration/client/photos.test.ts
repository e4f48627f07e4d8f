// Situations for patrol photos on the device: an activity and its photo bytes are
// stored together or not at all; photos upload after their records, once; a refusal is kept and
// shown, never dropped; a network failure leaves the photo waiting; other devices fetch lazily.
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActivityFields } from '#domain/patrol/activities';
import type { Me } from '#domain/session';
import { createActivitiesRepository } from '#client/patrol/data/activities';
import { HttpApiError, networkError } from '#client/platform/api/errors';
import { loadPhoto, photosReadyToUpload, watchUploads } from '#client/patrol/data/photos';
import { openUserDb, type BeatbookDb } from '#client/platform/db/schema';
import { StorageFullError, ValidationError } from '#client/app/contract';
import { uploadPendingPhotos } from '#client/platform/sync/photos';
import { type ApiClient, type SendPayload } from '#client/platform/api/client';
import { type CapturedPhoto } from '#client/patrol/contract';
import { sampleActivityFields } from './harness';

const me: Me = {
  id: '',
  username: 'pc1',
  displayName: 'PC One',
  role: 'officer',
  teams: [{ id: 'north', name: 'North' }],
};

function photo(fill: number): CapturedPhoto {
  const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 4, fill, fill, 0xff, 0xd9]).buffer;
  return {
    sha256: fill.toString(16).padStart(2, '0').repeat(32),
    mime: 'image/jpeg',
    size: 10,
    width: 4,
    height: 3,
    bytes,
  };
}

const fields: ActivityFields = sampleActivityFields;

interface Call {
  method: string;
  path: string;
  payload: SendPayload | undefined;
}

/** An ApiClient whose `send` answers from a script; push/pull are not used here. */
function fakeApi(answer: (call: Call) => Response | Error): ApiClient & { calls: Call[] } {
  const calls: Call[] = [];
  const fail = () => Promise.reject(new Error('not used'));
  const api: ApiClient & { calls: Call[] } = {
    calls,
    withRequestId: () => api,
    signIn: fail,
    signOut: fail,
    me: fail,
    push: fail,
    pull: fail,
    send(method, path, payload) {
      const call = { method, path, payload };
      calls.push(call);
      const result = answer(call);
      return result instanceof Error ? Promise.reject(result) : Promise.resolve(result);
    },
  };
  return api;
}

function refused(status: number, code: string): HttpApiError {
  return new HttpApiError(code as never, `refused ${code}`, status, null);
}

describe('patrol photos on the device', () => {
  let db: BeatbookDb;
  let user: Me;

  beforeEach(async () => {
    user = { ...me, id: `pc1-${crypto.randomUUID()}` };
    db = openUserDb(user.id);
    await db.open();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    db.close();
  });

  function nextUploads(): Promise<{
    pending: string[];
    refused: { sha256: string; code: string; reason: string }[];
  }> {
    return new Promise((resolve) => {
      const stop = watchUploads(db, (value) => {
        queueMicrotask(stop);
        resolve(value);
      });
    });
  }

  /** As if the push was applied: the record has a version and nothing of it is queued. */
  async function markSynced(id: string): Promise<void> {
    await db.outbox.where('recordId').equals(id).delete();
    await db.activities.update(id, { version: 7 });
  }

  it('saving stores the activity, its mutation, the photo bytes (pending) and the remembered choices together', async () => {
    const repo = createActivitiesRepository(db, user);
    const p = photo(1);
    const saved = await repo.create(
      { ...fields, photos: [{ sha256: p.sha256, mime: p.mime, size: 10, width: 4, height: 3 }] },
      [p],
    );

    expect(await db.activities.get(saved.id)).toMatchObject({ type: 'patrol', createdBy: user.id });
    expect((await db.outbox.toArray()).map((m) => m.recordId)).toEqual([saved.id]);
    const row = await db.photoBytes.get(p.sha256);
    expect(row?.pendingUpload).toBe(1);
    expect(row?.mime).toBe('image/jpeg');
    expect(new Uint8Array(row?.bytes ?? new ArrayBuffer(0))).toEqual(new Uint8Array(p.bytes));
    expect(await repo.recentChoices()).toEqual({ types: ['patrol'], durationMinutes: 30, problemIds: [] });
  });

  it('a full device stores nothing at all: no activity, no mutation, no photo, no remembered choice', async () => {
    const repo = createActivitiesRepository(db, user);
    await repo.create(fields, []);
    const before = { activities: await db.activities.toArray(), outbox: await db.outbox.toArray() };
    // Browsers report quota when the transaction commits: Dexie's AbortError carrying it.
    vi.spyOn(db.photoBytes, 'bulkAdd').mockImplementation(() =>
      Dexie.Promise.reject(new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError'))),
    );
    const p = photo(2);

    await expect(repo.create({ ...fields, type: 'visit' }, [p])).rejects.toBeInstanceOf(StorageFullError);

    expect(await db.activities.toArray()).toEqual(before.activities);
    expect(await db.outbox.toArray()).toEqual(before.outbox);
    expect(await db.photoBytes.count()).toBe(0);
    expect((await repo.recentChoices()).types).toEqual(['patrol']);
  });

  it('invalid fields are refused with messages by field and nothing is stored', async () => {
    const repo = createActivitiesRepository(db, user);
    const failed = repo.create({ ...fields, durationMinutes: 0 }, [photo(3)]);
    await expect(failed).rejects.toBeInstanceOf(ValidationError);
    await failed.catch((error: unknown) => {
      expect((error as ValidationError).fieldErrors.durationMinutes).toBe('Enter at least one minute');
    });
    expect(await db.activities.count()).toBe(0);
    expect(await db.photoBytes.count()).toBe(0);
  });

  it('only the author may edit; an edit adds new photos with the change', async () => {
    const repo = createActivitiesRepository(db, user);
    const saved = await repo.create(fields, []);
    const p = photo(4);
    const ref = { sha256: p.sha256, mime: p.mime, size: 10, width: 4, height: 3 };
    const edited = await repo.update(saved.id, { notes: 'Added later', photos: [ref] }, [p]);
    expect(edited.notes).toBe('Added later');
    expect((await db.photoBytes.get(p.sha256))?.pendingUpload).toBe(1);
    expect(await db.outbox.count()).toBe(2);

    const colleague = createActivitiesRepository(db, { ...user, id: 'someone-else' });
    await expect(colleague.update(saved.id, { notes: 'Not mine' }, [])).rejects.toThrow(
      'activity_not_editable',
    );
    expect((await db.activities.get(saved.id))?.notes).toBe('Added later');
  });

  describe('upload after sync', () => {
    async function savedWithPhoto(fill: number) {
      const repo = createActivitiesRepository(db, user);
      const p = photo(fill);
      const ref = { sha256: p.sha256, mime: p.mime, size: 10, width: 4, height: 3 };
      const activity = await repo.create({ ...fields, photos: [ref] }, [p]);
      return { activity, p };
    }

    it('waits for its record, then uploads the bytes once and marks them uploaded', async () => {
      const { activity, p } = await savedWithPhoto(5);
      const api = fakeApi(() => new Response(null, { status: 201 }));
      const deps = { db, api, deviceId: 'd1' };

      await uploadPendingPhotos(deps);
      expect(api.calls, 'nothing goes before its record has synced').toEqual([]);

      await markSynced(activity.id);
      await uploadPendingPhotos(deps);
      expect(api.calls.map((c) => `${c.method} ${c.path}`)).toEqual([`PUT /api/attachments/${p.sha256}`]);
      const payload = api.calls[0]?.payload;
      expect(payload !== undefined && 'contentType' in payload ? payload.contentType : null).toBe(
        'image/jpeg',
      );
      expect((await db.photoBytes.get(p.sha256))?.pendingUpload).toBe(0);

      await uploadPendingPhotos(deps);
      expect(api.calls).toHaveLength(1);
    });

    it('an idempotent repeat (200, or 409 from a store that already holds the bytes) counts as uploaded', async () => {
      const a = await savedWithPhoto(6);
      const b = await savedWithPhoto(7);
      await markSynced(a.activity.id);
      await markSynced(b.activity.id);
      const api = fakeApi((call) =>
        call.path.endsWith(a.p.sha256) ? new Response(null, { status: 200 }) : refused(409, 'internal_error'),
      );
      await uploadPendingPhotos({ db, api, deviceId: 'd1' });
      expect((await db.photoBytes.get(a.p.sha256))?.pendingUpload).toBe(0);
      expect((await db.photoBytes.get(b.p.sha256))?.pendingUpload).toBe(0);
    });

    it('a network failure leaves the photo pending and records no refusal', async () => {
      const { activity, p } = await savedWithPhoto(8);
      await markSynced(activity.id);
      await uploadPendingPhotos({ db, api: fakeApi(() => networkError()), deviceId: 'd1' });
      expect((await db.photoBytes.get(p.sha256))?.pendingUpload).toBe(1);
      expect(await photosReadyToUpload(db)).toHaveLength(1);
      await uploadPendingPhotos({ db, api: fakeApi(() => refused(503, 'internal_error')), deviceId: 'd1' });
      expect(await photosReadyToUpload(db)).toHaveLength(1);
    });

    it('a permanent refusal keeps the bytes, is shown to the officer and is not retried', async () => {
      const { activity, p } = await savedWithPhoto(9);
      await markSynced(activity.id);
      const api = fakeApi(() => refused(413, 'attachment_too_large'));
      await uploadPendingPhotos({ db, api, deviceId: 'd1' });

      expect((await db.photoBytes.get(p.sha256))?.pendingUpload).toBe(1);
      const uploads = await nextUploads();
      expect(uploads.pending).toEqual([p.sha256]);
      expect(uploads.refused.map((r) => [r.sha256, r.code, r.reason])).toEqual([
        [p.sha256, 'attachment_too_large', 'attachment_too_large'],
      ]);

      await uploadPendingPhotos({ db, api, deviceId: 'd1' });
      expect(api.calls, 'not sent again').toHaveLength(1);
    });

    it('an ended session stops the sync (the runner asks the officer to sign in again)', async () => {
      const { activity, p } = await savedWithPhoto(10);
      await markSynced(activity.id);
      const failed = uploadPendingPhotos({
        db,
        api: fakeApi(() => refused(401, 'session_expired')),
        deviceId: 'd1',
      });
      await expect(failed).rejects.toMatchObject({ status: 401 });
      expect((await db.photoBytes.get(p.sha256))?.pendingUpload).toBe(1);
    });
  });

  describe('fetched lazily on another device', () => {
    const sha = 'ab'.repeat(32);

    it('fetches once, keeps the bytes (not pending upload) and reads them from the device after', async () => {
      const api = fakeApi(
        () => new Response(new Uint8Array([0xff, 0xd8, 1, 2]), { headers: { 'Content-Type': 'image/jpeg' } }),
      );
      const first = await loadPhoto(db, api, sha);
      expect(first.state).toBe('ready');
      expect((await db.photoBytes.get(sha))?.pendingUpload).toBe(0);
      const second = await loadPhoto(db, api, sha);
      expect(second.state === 'ready' ? new Uint8Array(second.bytes) : null).toEqual(
        new Uint8Array([0xff, 0xd8, 1, 2]),
      );
      expect(api.calls).toHaveLength(1);
    });

    it('403 and 404 read as "not available"; no connection reads as "offline"', async () => {
      expect(
        (
          await loadPhoto(
            db,
            fakeApi(() => refused(403, 'forbidden')),
            sha,
          )
        ).state,
      ).toBe('unavailable');
      expect(
        (
          await loadPhoto(
            db,
            fakeApi(() => refused(404, 'attachment_not_found')),
            sha,
          )
        ).state,
      ).toBe('unavailable');
      expect(
        (
          await loadPhoto(
            db,
            fakeApi(() => networkError()),
            sha,
          )
        ).state,
      ).toBe('offline');
      expect(await db.photoBytes.count()).toBe(0);
    });
  });
});
