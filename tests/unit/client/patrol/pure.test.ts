// The pure parts of quick capture: JPEG metadata removal, the stored size, what the
// form saves, how recent choices and the hotspot link work, and what an upload failure means.
import { describe, expect, it } from 'vitest';
import { activityTypes } from '#domain/patrol/activity-types';
import type { HotspotGeometry } from '#domain/patrol/hotspots';
import { withExifGps, hasExifGps } from '../../../e2e/support/jpeg-exif';
import {
  applyFix,
  captureErrorTexts,
  emptyValues,
  orderTypes,
  toFields,
  type CaptureErrorCodes,
} from '#client/patrol/ui/capture/values';
import { setLanguage, t } from '#client/i18n/index';
import { describeAccuracy, describeLocateFailure } from '#client/patrol/ui/capture/location-text';
import { fitWithin } from '#client/patrol/photos/resize';
import { getAttachmentErrorKind } from '#client/platform/sync/photo-errors';
import { HttpApiError, networkError } from '#client/platform/api/errors';
import { jpegSegments, metadataSegments, stripJpegMetadata } from '#client/patrol/photos/jpeg';
import { rememberChoices } from '#client/patrol/data/activities';
import { sha256Hex } from '#client/patrol/photos/hash';

/** A structurally valid JPEG: SOI, APP0 (JFIF), DQT, SOS with some "image data", EOI. */
function plainJpeg(): Buffer {
  const app0 = [0xff, 0xe0, 0x00, 0x10, ...Buffer.from('JFIF\0', 'latin1'), 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const dqt = [0xff, 0xdb, 0x00, 0x05, 0x00, 0x01, 0x02];
  const sos = [0xff, 0xda, 0x00, 0x04, 0x01, 0x02];
  const data = [0x12, 0x34, 0xff, 0x00, 0x56];
  return Buffer.from([0xff, 0xd8, ...app0, ...dqt, ...sos, ...data, 0xff, 0xd9]);
}

describe('JPEG metadata', () => {
  it('finds the Exif (with GPS) segment a camera writes, and removes it leaving the image data as it was', () => {
    const plain = plainJpeg();
    const camera = withExifGps(plain);
    expect(hasExifGps(camera)).toBe(true);
    expect(metadataSegments(camera).map((s) => s.marker)).toEqual([0xe1]);

    const cleaned = stripJpegMetadata(camera);
    expect(Buffer.from(cleaned).equals(plain)).toBe(true);
    expect(hasExifGps(cleaned)).toBe(false);
    expect(jpegSegments(cleaned).map((s) => s.marker)).toEqual([0xe0, 0xdb, 0xda]);
  });

  it('removes comments and every APPn but APP0; a clean JPEG comes back untouched', () => {
    const plain = plainJpeg();
    const com = Buffer.from([0xff, 0xfe, 0x00, 0x06, ...Buffer.from('hi!!', 'latin1')]);
    const app13 = Buffer.from([0xff, 0xed, 0x00, 0x04, 0x00, 0x00]);
    const dirty = Buffer.concat([plain.subarray(0, 2), com, app13, plain.subarray(2)]);
    expect(Buffer.from(stripJpegMetadata(dirty)).equals(plain)).toBe(true);
    expect(stripJpegMetadata(plain)).toBe(plain);
  });

  it('refuses what is not a JPEG or runs past its end', () => {
    expect(() => jpegSegments(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toThrow('Not a JPEG');
    expect(() => jpegSegments(new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0x10, 0x00, 0x00]))).toThrow(
      /past the end/,
    );
  });

  it('hashes as lowercase hex SHA-256', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

describe('stored size', () => {
  it('brings the long edge down to 1600 px, keeping the shape, and never enlarges', () => {
    expect(fitWithin(4032, 3024)).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin(3024, 4032)).toEqual({ width: 1200, height: 1600 });
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 });
    expect(fitWithin(1600, 1600)).toEqual({ width: 1600, height: 1600 });
    expect(fitWithin(10000, 3)).toEqual({ width: 1600, height: 1 });
    expect(() => fitWithin(0, 10)).toThrow(RangeError);
  });
});

const square: HotspotGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [-0.11, 51.49],
      [-0.09, 51.49],
      [-0.09, 51.51],
      [-0.11, 51.51],
      [-0.11, 51.49],
    ],
  ],
};
const hotspot = { id: '0190b7a0-0000-7000-8000-000000000001', geometry: square };

describe('the capture form', () => {
  const now = new Date(2026, 2, 3, 9, 41);

  it('starts now, with the remembered duration (or 30 minutes), and saves only what was entered', () => {
    const values = emptyValues(now, 'north', 45);
    expect(values.startedAt).toBe('2026-03-03T09:41');
    expect(values.duration).toBe('45');
    expect(emptyValues(now, 'north', null).duration).toBe('30');
    const result = toFields({ ...values, type: 'patrol', placeText: '  Elm Park  ' }, []);
    expect(result).toEqual({
      ok: true,
      fields: {
        teamId: 'north',
        type: 'patrol',
        startedAt: now.toISOString(),
        durationMinutes: 45,
        placeText: 'Elm Park',
      },
    });
  });

  it('says what is wrong next to each field, in plain words in the language in use', async () => {
    const words = (result: ReturnType<typeof toFields>) =>
      captureErrorTexts(t, result.ok ? {} : result.errors);
    const values = { ...emptyValues(now, 'north', 30), duration: '1.5', startedAt: '' };
    expect(words(toFields(values, []))).toEqual({
      type: 'Choose what you did',
      startedAt: 'Enter when you started',
      durationMinutes: 'Enter the time spent in whole minutes',
    });
    const typed = { ...emptyValues(now, 'north', 30), type: 'patrol' as const };
    expect(words(toFields({ ...typed, duration: '0' }, []))).toEqual({
      durationMinutes: 'Enter at least one minute',
    });
    expect(words(toFields({ ...typed, duration: '1441' }, []))).toEqual({
      durationMinutes: 'An activity cannot last more than a day',
    });
    // Kept as codes, so the same findings read in Welsh after a switch.
    const codes: CaptureErrorCodes = { type: 'type', durationMinutes: 'tooLong' };
    await setLanguage('cy');
    expect(captureErrorTexts(t, codes)).toEqual({
      type: 'Dewiswch beth wnaethoch chi',
      durationMinutes: 'Ni all gweithgaredd bara mwy na diwrnod',
    });
  });

  it('a position inside a hotspot links it automatically; an officer choice stands', () => {
    const values = { ...emptyValues(now, 'north', 30), type: 'patrol' as const };
    const inside = applyFix(values, { lat: 51.5, lng: -0.1, accuracyM: 12 }, [hotspot]);
    expect(inside).toMatchObject({
      hotspotId: hotspot.id,
      hotspotLink: 'auto',
      position: { lat: 51.5, lng: -0.1, accuracyM: 12 },
    });
    const outside = applyFix(values, { lat: 52, lng: -0.1, accuracyM: 5 }, [hotspot]);
    expect(outside).toMatchObject({ hotspotId: '', hotspotLink: '' });
    const chosen = applyFix(
      { ...values, hotspotId: '', hotspotLink: 'officer' },
      { lat: 51.5, lng: -0.1, accuracyM: 12 },
      [hotspot],
    );
    expect(chosen).toMatchObject({ hotspotId: '', hotspotLink: 'officer' });
    expect(applyFix(values, null, [hotspot])).toBe(values);

    const saved = toFields(inside, []);
    expect(saved.ok && saved.fields).toMatchObject({
      hotspotId: hotspot.id,
      hotspotLink: 'auto',
      position: { accuracyM: 12 },
    });
  });

  it('offers recent types first, the rest in the usual order', () => {
    const ordered = orderTypes(activityTypes, ['leaflet_drop', 'visit']).map((t) => t.code);
    expect(ordered.slice(0, 3)).toEqual(['leaflet_drop', 'visit', 'patrol']);
    expect(ordered).toHaveLength(activityTypes.length);
  });

  it('remembers the last type, duration and problem, most recent first, five at most', () => {
    let recent = { types: [], durationMinutes: null, problemIds: [] } as Parameters<
      typeof rememberChoices
    >[0];
    const base = { teamId: 'north', startedAt: now.toISOString(), durationMinutes: 20 } as const;
    for (const type of ['patrol', 'visit', 'enforcement', 'other', 'leaflet_drop', 'patrol'] as const)
      recent = rememberChoices(recent, { ...base, type });
    expect(recent.types).toEqual(['patrol', 'leaflet_drop', 'other', 'enforcement', 'visit']);
    recent = rememberChoices(recent, { ...base, type: 'visit', durationMinutes: 90, problemId: hotspot.id });
    expect(recent).toMatchObject({ durationMinutes: 90, problemIds: [hotspot.id] });
  });

  it('shows accuracy as an officer would say it, and why there is no position', async () => {
    expect(describeAccuracy(t, 12.4)).toBe('within 12 m');
    expect(describeAccuracy(t, 0.2)).toBe('within 1 m');
    expect(describeAccuracy(t, 1500)).toBe('within 1.5 km');
    expect(describeLocateFailure(t, 'denied')).toMatch(
      /^Location is turned off for Beatbook.*you can still save\.$/,
    );
    expect(describeLocateFailure(t, 'timeout')).toMatch(/could not find its position in time/);
    await setLanguage('cy');
    expect(describeAccuracy(t, 1500)).toBe('o fewn 1.5 km');
    expect(describeLocateFailure(t, 'denied')).toMatch(
      /^Mae lleoliad wedi’i ddiffodd.*gallwch gadw o hyd\.$/,
    );
  });
});

describe('what an upload failure means', () => {
  it('retry later for no connection, 5xx, 408 and 429; stop for 401; already held for 409', () => {
    expect(getAttachmentErrorKind(networkError())).toEqual({ kind: 'retry-later' });
    for (const status of [500, 503, 408, 429])
      expect(getAttachmentErrorKind(new HttpApiError('internal_error', 'x', status, null))).toEqual({
        kind: 'retry-later',
      });
    expect(getAttachmentErrorKind(new HttpApiError('session_expired', 'x', 401, null))).toEqual({
      kind: 'session',
    });
    expect(getAttachmentErrorKind(new HttpApiError('internal_error', 'x', 409, null))).toEqual({
      kind: 'already-held',
    });
    expect(getAttachmentErrorKind(new Error('disk'))).toEqual({ kind: 'unknown' });
  });

  it('a refusal keeps the server code and the catalogue code that words it, never words', () => {
    expect(getAttachmentErrorKind(new HttpApiError('attachment_too_large', 'x', 413, null))).toEqual({
      kind: 'refused',
      code: 'attachment_too_large',
      reason: 'attachment_too_large',
    });
    expect(
      getAttachmentErrorKind(new HttpApiError('attachment_has_metadata', 'Still has GPS.', 422, null)),
    ).toEqual({ kind: 'refused', code: 'attachment_has_metadata', reason: 'attachment_has_metadata' });
    // A body-limit 413 from a proxy says "too large", not its generic code.
    expect(getAttachmentErrorKind(new HttpApiError('payload_too_large', 'x', 413, null))).toMatchObject({
      reason: 'attachment_too_large',
    });
  });

  it('an officer over their photo allowance is told so in plain words, not "too large"', () => {
    const kind = getAttachmentErrorKind(new HttpApiError('attachment_quota_exceeded', 'x', 413, null));
    expect(kind).toEqual({
      kind: 'refused',
      code: 'attachment_quota_exceeded',
      reason: 'attachment_quota_exceeded',
    });
  });
});
