// Hotspot import: a valid file arrives on every device; importing it again changes
// nothing; an invalid file is refused naming the feature, and nothing is written.
import { execFile } from 'node:child_process';
import { readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hotspotSchema } from '#domain/patrol/hotspots';
import { pointInGeometry } from '#domain/patrol/geo';
import { uuidv7 } from '#domain/ids';
import {
  HotspotImportError,
  hotspotRecordId,
  importHotspots,
  parseHotspotFile,
} from '#server/patrol/hotspots';
import { addTeam } from '#server/organisation/admin';
import { migrateToLatest } from '#server/platform/database/migrate';
import { openStore } from '#server/platform/database/database';
import { client, databaseNames, signIn, startServer, type TestServer } from './helper';

const FIXTURE = path.resolve(__dirname, '../../fixtures/hotspots/north-2026-07-10.geojson');
const DATE = '2026-07-10';
const fixture = (): { type: string; features: Record<string, unknown>[] } =>
  JSON.parse(readFileSync(FIXTURE, 'utf8')) as { type: string; features: Record<string, unknown>[] };

const square = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 1],
  [0, 0],
];
const feature = (
  id: string | undefined,
  name: string | undefined,
  geometry: unknown,
  extra: object = {},
) => ({
  type: 'Feature',
  ...(id === undefined ? {} : { id }),
  properties: { ...(name === undefined ? {} : { name }), ...extra },
  geometry,
});
const polygon = (...rings: unknown[]) => ({ type: 'Polygon', coordinates: rings });
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

function problemsOf(json: unknown): string[] {
  const result = parseHotspotFile(json, DATE, new Set(['north', 'south']));
  return 'problems' in result ? result.problems : [];
}

describe('parseHotspotFile: what is wrong, and in which feature', () => {
  it('accepts the sample file', () => {
    const result = parseHotspotFile(fixture(), DATE);
    expect('hotspots' in result && result.hotspots.map((h) => h.sourceId)).toEqual([
      'hs-market-square',
      'hs-station-approach',
    ]);
  });

  it('refuses something that is not a FeatureCollection', () => {
    expect(problemsOf({ type: 'Feature' })[0]).toMatch(/not a GeoJSON FeatureCollection/);
    expect(problemsOf([])[0]).toMatch(/not a GeoJSON FeatureCollection/);
    expect(problemsOf(collection())[0]).toMatch(/no features/);
  });

  it('names the feature by index, id and name with each problem', () => {
    const problems = problemsOf(
      collection(
        feature('a', 'Fine', polygon(square)),
        feature('b', 'High Street', { type: 'LineString', coordinates: [] }),
        feature('c', 'Park', polygon(square.slice(0, 4))),
        feature('d', 'Canal', polygon([...square.slice(0, 4), [0, 0.5]])),
        feature(
          'e',
          'Swapped',
          polygon([
            [0, 0],
            [0, 200],
            [1, 1],
            [0, 0],
          ]),
        ),
        feature(undefined, 'No id', polygon(square)),
        feature('g', undefined, polygon(square)),
        feature('a', 'Again', polygon(square)),
        feature('i', 'Elsewhere', polygon(square), { teams: ['west'] }),
        feature(
          'j',
          'Hole open',
          polygon(square, [
            [0.2, 0.2],
            [0.4, 0.2],
            [0.4, 0.4],
            [0.2, 0.2],
            [0.3, 0.3],
          ]),
        ),
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^feature 1 \(id "b", name "High Street"\) geometry type is "LineString"/),
      expect.stringMatching(
        /^feature 2 \(id "c", name "Park"\) polygon ring 0 \(outer\) has 4 positions|^feature 2 .*is not closed/,
      ),
      expect.stringMatching(/^feature 3 \(id "d", name "Canal"\) polygon ring 0 \(outer\) is not closed/),
      expect.stringMatching(
        /^feature 4 \(id "e", name "Swapped"\) polygon ring 0 \(outer\), position 1 \[0, 200\] is out of range/,
      ),
      expect.stringMatching(/^feature 5 \(name "No id"\) has no id/),
      expect.stringMatching(/^feature 6 \(id "g"\) has no name/),
      expect.stringMatching(/^feature 7 \(id "a", name "Again"\) has the same id as feature 0/),
      expect.stringMatching(/^feature 8 \(id "i", name "Elsewhere"\) names teams that do not exist: west/),
      expect.stringMatching(/^feature 9 \(id "j", name "Hole open"\) polygon ring 1 \(hole\) is not closed/),
    ]);
  });

  it('refuses a ring of fewer than 4 positions', () => {
    const problems = problemsOf(
      collection(
        feature(
          't',
          'Tiny',
          polygon([
            [0, 0],
            [1, 0],
            [0, 0],
          ]),
        ),
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /feature 0 \(id "t", name "Tiny"\) polygon ring 0 \(outer\) has 3 positions; a ring needs at least 4/,
      ),
    ]);
  });

  it('takes the id from properties.id, and numbers as ids', () => {
    const result = parseHotspotFile(
      collection({ type: 'Feature', id: 7, properties: { name: 'Seven' }, geometry: polygon(square) }),
      DATE,
    );
    expect('hotspots' in result && result.hotspots[0]?.sourceId).toBe('7');
  });
});

describe('hotspotRecordId', () => {
  it('is a UUID that depends on the date and the id only', () => {
    const id = hotspotRecordId(DATE, 'hs-1');
    expect(hotspotSchema.shape.id.safeParse(id).success).toBe(true);
    expect(hotspotRecordId(DATE, 'hs-1')).toBe(id);
    expect(hotspotRecordId('2026-07-11', 'hs-1')).not.toBe(id);
    expect(hotspotRecordId(DATE, 'hs-2')).not.toBe(id);
  });
});

describe.each(databaseNames)('hotspot import on %s', (db) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(db);
  });
  afterAll(async () => {
    await s.close();
  });

  const hotspotRows = () =>
    s.store.db
      .selectFrom('records')
      .selectAll()
      .where('collection', '=', 'hotspots')
      .orderBy('version')
      .execute();
  const changes = async () =>
    (
      await s.store.db
        .selectFrom('counters')
        .select('value')
        .where('name', '=', 'changes')
        .executeTakeFirstOrThrow()
    ).value;

  it('refuses an invalid file and writes nothing (not even the valid features)', async () => {
    const before = await changes();
    const bad = fixture();
    const second = bad.features[1] as { geometry: { type: string } };
    second.geometry.type = 'Point';
    await expect(importHotspots(s.store.db, bad, { date: DATE })).rejects.toThrow(HotspotImportError);
    await expect(importHotspots(s.store.db, bad, { date: DATE })).rejects.toThrow(
      /feature 1 \(id "hs-station-approach", name "Station approach and the park \(not the pond\)"\) geometry type is "Point"/,
    );
    expect(await hotspotRows()).toEqual([]);
    expect(await changes()).toBe(before);
    await expect(importHotspots(s.store.db, fixture(), { date: '2026-13-45' })).rejects.toThrow(
      /not a calendar date/,
    );
  });

  it('imports a valid file as hotspots records that every role pulls', async () => {
    const result = await importHotspots(s.store.db, fixture(), { date: DATE, source: 'north.geojson' });
    expect(result.created.map((h) => h.sourceId)).toEqual(['hs-market-square', 'hs-station-approach']);
    const rows = await hotspotRows();
    expect(rows.map((r) => [r.id, r.team_id])).toEqual([
      [hotspotRecordId(DATE, 'hs-market-square'), null],
      [hotspotRecordId(DATE, 'hs-station-approach'), null],
    ]);
    const audit = await s.store.db
      .selectFrom('audit')
      .select('details')
      .where('action', '=', 'hotspots.import')
      .execute();
    expect(audit).toHaveLength(1);

    for (const name of ['north1', 'south1', 'sup', 'lead', 'admin']) {
      const pulled = (await client(s.app, await signIn(s.app, name)).pull()).changes.filter(
        (c) => c.collection === 'hotspots',
      );
      expect(
        pulled.map((c) => c.record.id),
        name,
      ).toEqual(rows.map((r) => r.id));
      for (const change of pulled) expect(hotspotSchema.safeParse(change.record).success, name).toBe(true);
    }
    const north = (await client(s.app, await signIn(s.app, 'north1')).pull()).changes.find(
      (c) => c.record.id === hotspotRecordId(DATE, 'hs-station-approach'),
    );
    const hotspot = hotspotSchema.parse(north?.record);
    expect(hotspot).toMatchObject({ sourceId: 'hs-station-approach', date: DATE, deleted: false });
    // The park's pond is a hole: a point in it is not in the hotspot; the park is.
    expect(pointInGeometry({ lng: -1.535, lat: 53.793 }, hotspot.geometry)).toBe(false);
    expect(pointInGeometry({ lng: -1.539, lat: 53.791 }, hotspot.geometry)).toBe(true);
  });

  it('imports the same file again without duplicating or changing anything', async () => {
    const before = await changes();
    const rowsBefore = await hotspotRows();
    const result = await importHotspots(s.store.db, fixture(), { date: DATE });
    expect(result.unchanged).toHaveLength(2);
    expect(result.created).toEqual([]);
    expect(await hotspotRows()).toEqual(rowsBefore);
    expect(await changes()).toBe(before);
  });

  it('updates a changed hotspot in place, and with --replace deletes the ones left out', async () => {
    const changed = fixture();
    (changed.features[0] as { properties: { name: string } }).properties.name = 'Market Square and Kirkgate';
    changed.features = [changed.features[0] as Record<string, unknown>];
    const result = await importHotspots(s.store.db, changed, { date: DATE, replace: true });
    expect(result.updated.map((h) => h.name)).toEqual(['Market Square and Kirkgate']);
    expect(result.deleted.map((h) => h.sourceId)).toEqual(['hs-station-approach']);
    const rows = await hotspotRows();
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => [r.id, r.deleted])).toEqual([
      [hotspotRecordId(DATE, 'hs-market-square'), 0],
      [hotspotRecordId(DATE, 'hs-station-approach'), 1],
    ]);
    // Another day's file is another set of records.
    const next = await importHotspots(s.store.db, fixture(), { date: '2026-07-11' });
    expect(next.created).toHaveLength(2);
  });

  it('refuses a device that pushes a hotspot', async () => {
    const north1 = client(s.app, await signIn(s.app, 'north1'));
    const { results } = await north1.push({
      id: uuidv7(),
      collection: 'hotspots',
      recordId: uuidv7(),
      op: 'put',
      baseVersion: null,
      at: '2026-07-10T09:00:00.000Z',
      changes: { sourceId: 'x', name: 'Mine', date: DATE, geometry: polygon(square) },
    });
    expect(results[0]).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
  });
});

describe('npm run admin -- hotspots:import (a real process on SQLite)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'beatbook-hotspots-cli-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const run = (...args: string[]) =>
    promisify(execFile)(path.resolve('node_modules/.bin/tsx'), ['server/cli/admin.ts', ...args], {
      env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '' },
    }).then(
      (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
      (error: unknown) => {
        const e = error as { code: number; stdout: string; stderr: string };
        return { code: e.code, stdout: e.stdout, stderr: e.stderr };
      },
    );

  beforeAll(async () => {
    const store = openStore({ kind: 'sqlite', file: path.join(dir, 'beatbook.sqlite') });
    await migrateToLatest(store.db);
    await addTeam(store.db, 'north', 'North');
    await store.destroy();
  }, 30_000);

  it('imports the sample file and prints what it imported', async () => {
    const r = await run('hotspots:import', FIXTURE, '--date', DATE);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Imported 2 hotspots for 2026-07-10/);
    expect(r.stdout).toMatch(/new\s+hs-market-square\tMarket Square/);
  }, 30_000);

  it('exits 1 naming the feature for an invalid file', async () => {
    const bad = fixture();
    (bad.features[0] as { geometry: { coordinates: number[][][] } }).geometry.coordinates[0]?.pop();
    const file = path.join(dir, 'bad.geojson');
    writeFileSync(file, JSON.stringify(bad));
    const r = await run('hotspots:import', file, '--date', DATE);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /feature 0 \(id "hs-market-square", name "Market Square"\) polygon ring 0 \(outer\) is not closed/,
    );
    expect(r.stderr).toMatch(/nothing was written/);
  }, 30_000);

  it('exits 1 with usage for a missing --date', async () => {
    const r = await run('hotspots:import', FIXTURE);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/needs --date YYYY-MM-DD/);
  }, 30_000);
});
