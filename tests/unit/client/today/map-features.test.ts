// The map's features (src/client/patrol/ui/map/map-features.ts) and the remembered tile configuration
// (src/client/patrol/data/map-data.ts): what is drawn, what the list says, and what an offline map uses.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Activity } from '#domain/patrol/activities';
import type { Hotspot } from '#domain/patrol/hotspots';
import type { Problem } from '#domain/records';
import type { Me } from '#domain/session';
import type { ApiClient } from '#client/platform/api/client';
import { createMapRepository, mapAreasFrom, tileConfigFrom } from '#client/patrol/data/map-data';
import { openUserDb, type BeatbookDb } from '#client/platform/db/schema';
import { mapFeatures } from '#client/patrol/ui/map/map-features';

const TODAY = '2026-07-01';
let n = 0;
const id = (): string => `00000000-0000-7000-8000-${String(++n).padStart(12, '0')}`;
const envelope = (by = 'u-1') => ({
  id: id(),
  version: 1,
  createdAt: '2026-06-01T09:00:00Z',
  createdBy: by,
  updatedAt: '2026-06-01T09:00:00Z',
  updatedBy: by,
  deleted: false,
});
const me: Me = {
  id: 'u-1',
  username: 'pc1',
  displayName: 'PC One',
  role: 'officer',
  teams: [{ id: 'north', name: 'North' }],
};
const hotspot = (name: string, teamIds: string[]): Hotspot => ({
  ...envelope('admin'),
  sourceId: name,
  name,
  date: TODAY,
  teamIds,
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [0, 1],
        [1, 1],
        [0, 0],
      ],
    ],
  },
});
const activity = (startedAt: string, patch: Partial<Activity> = {}): Activity => ({
  ...envelope(),
  teamId: 'north',
  type: 'patrol',
  startedAt,
  durationMinutes: 20,
  ...patch,
});
const problem = (title: string): Problem =>
  ({ ...envelope(), teamId: 'north', title, status: 'response', reference: null }) as unknown as Problem;

describe('map features', () => {
  const park = hotspot('Abbey Park', ['north']);
  const south = hotspot('Southgate', ['south']);
  const bikes = problem('Bike thefts');
  const activities = [
    activity('2026-07-01T08:00:00Z', {
      position: { lat: 1, lng: 1 },
      hotspotId: park.id,
      problemId: bikes.id,
    }),
    activity('2026-07-01T09:00:00Z', { position: { lat: 3, lng: 5 }, problemId: bikes.id }),
    activity('2026-06-28T09:00:00Z', { position: { lat: 9, lng: 9 } }),
    activity('2026-07-01T10:00:00Z', { hotspotId: park.id }), // no position: minutes, no point
  ];
  const input = { hotspots: [park, south], activities, problems: [bikes] };

  it("draws my team's hotspots with minutes from every linked activity, and today's points", () => {
    const f = mapFeatures(input, me, TODAY, '2026-06-25', 'today');
    expect(f.hotspots.map((h) => [h.name, h.minutesToday, h.minutes7Days])).toEqual([['Abbey Park', 40, 40]]);
    // Newest first; the one without a position is not a point.
    expect(f.activities.map((a) => [a.lat, a.lng, a.hotspotName, a.problemTitle])).toEqual([
      [3, 5, undefined, 'Bike thefts'],
      [1, 1, 'Abbey Park', 'Bike thefts'],
    ]);
    // The problem sits at the mean of its activities' positions.
    expect(f.problems.map((p) => [p.problem.title, p.lat, p.lng, p.activityCount])).toEqual([
      ['Bike thefts', 2, 3, 2],
    ]);
  });

  it('shows the last seven days when asked', () => {
    const f = mapFeatures(input, me, TODAY, '2026-06-25', 'week');
    expect(f.activities.map((a) => a.lat)).toEqual([3, 1, 9]);
  });
});

describe('tile configuration', () => {
  let db: BeatbookDb | undefined;
  afterEach(async () => {
    db?.close();
    if (db !== undefined) await db.delete();
  });

  const api = (answer: unknown): ApiClient =>
    ({
      send: () =>
        answer instanceof Error
          ? Promise.reject(answer)
          : Promise.resolve(new Response(JSON.stringify(answer), { status: 200 })),
    }) as unknown as ApiClient;

  it('reads the server answer, and treats a missing URL as no tile server', () => {
    expect(
      tileConfigFrom({ tileUrl: 'https://t.example/{z}/{x}/{y}.png', tileAttribution: '© Example' }),
    ).toEqual({
      url: 'https://t.example/{z}/{x}/{y}.png',
      attribution: '© Example',
    });
    expect(tileConfigFrom({ tileUrl: null, tileAttribution: '' })).toBeNull();
    expect(tileConfigFrom('nonsense')).toBeNull();
  });

  it('remembers the last answer for an offline map, including "none"', async () => {
    db = openUserDb(`map-test-${id()}`);
    const url = 'https://t.example/{z}/{x}/{y}.png';
    expect(
      await createMapRepository(db, me, api({ tileUrl: url, tileAttribution: 'A' })).tileConfig(),
    ).toEqual({
      url,
      attribution: 'A',
    });
    const offline = createMapRepository(db, me, api(new Error('offline')));
    expect(await offline.tileConfig()).toEqual({ url, attribution: 'A' });
    await createMapRepository(db, me, api({ tileUrl: null, tileAttribution: '' })).tileConfig();
    expect(await offline.tileConfig()).toBeNull();
  });
});

describe('area outlines for the map background', () => {
  let db: BeatbookDb | undefined;
  afterEach(async () => {
    db?.close();
    if (db !== undefined) await db.delete();
  });
  const square = {
    type: 'Polygon',
    coordinates: [
      [
        [-1.6, 53.78],
        [-1.58, 53.78],
        [-1.58, 53.8],
        [-1.6, 53.78],
      ],
    ],
  };
  const answer = {
    areas: [
      { id: 'north', name: 'North district', kind: 'district', parentId: null, geometry: square },
      {
        id: 'bad',
        name: 'No outline',
        kind: 'ward',
        parentId: 'north',
        geometry: { type: 'Point', coordinates: [1, 2] },
      },
      { id: 'odd', name: 'Odd kind', kind: 'county', parentId: null, geometry: square },
    ],
  };
  const api = (reply: unknown): ApiClient =>
    ({
      send: () =>
        reply instanceof Error
          ? Promise.reject(reply)
          : Promise.resolve(new Response(JSON.stringify(reply), { status: 200 })),
    }) as unknown as ApiClient;

  it('keeps districts, wards and beats with polygon outlines, and leaves out anything else', () => {
    expect(mapAreasFrom(answer)).toEqual([
      { id: 'north', name: 'North district', kind: 'district', geometry: square },
    ]);
    expect(mapAreasFrom(null)).toEqual([]);
    expect(mapAreasFrom({ areas: 'x' })).toEqual([]);
  });

  it('remembers the outlines on the device for a map with no signal', async () => {
    db = openUserDb(`map-areas-${id()}`);
    expect(await createMapRepository(db, me, api(answer)).areas()).toHaveLength(1);
    const offline = createMapRepository(db, me, api(new Error('offline')));
    expect((await offline.areas()).map((a) => a.name)).toEqual(['North district']);
  });
});
