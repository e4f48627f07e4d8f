// Reading areas from GeoJSON: every problem is named with its feature; good files parse whole.
import { describe, expect, it } from 'vitest';
import { parseAreasGeoJson } from '#domain/area-import';
import { offers } from '#domain/access';

const square = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 51],
      [0.1, 51],
      [0.1, 51.1],
      [0, 51],
    ],
  ],
};
const f = (props: Record<string, unknown>, id?: unknown, geometry: unknown = square) => ({
  type: 'Feature',
  ...(id === undefined ? {} : { id }),
  properties: props,
  geometry,
});

describe('parseAreasGeoJson', () => {
  it('reads districts, wards and beats with their parents, ids from the feature or its properties', () => {
    const result = parseAreasGeoJson(
      {
        type: 'FeatureCollection',
        features: [
          f({ name: 'North', kind: 'district' }, 'd1'),
          f({ id: 'w1', name: 'Market', kind: 'ward', parent: 'd1' }),
          f({ name: 'Beat 1', kind: 'beat', parent: 'w0' }, 7, null),
        ],
      },
      new Set(['w0']),
    );
    expect(result).toEqual({
      ok: true,
      areas: [
        { id: 'd1', name: 'North', kind: 'district', parentId: null, geometry: square },
        { id: 'w1', name: 'Market', kind: 'ward', parentId: 'd1', geometry: square },
        { id: '7', name: 'Beat 1', kind: 'beat', parentId: 'w0', geometry: null },
      ],
    });
  });

  it('names the feature of every problem', () => {
    const result = parseAreasGeoJson({
      type: 'FeatureCollection',
      features: [
        f({ name: 'A', kind: 'county' }, 'a'),
        f({ kind: 'ward' }, 'b'),
        f({ name: 'C', kind: 'ward', parent: 'zz' }, 'c'),
        f({ name: 'D', kind: 'district' }, 'c'),
        f({ name: 'E', kind: 'beat' }, 'e', { type: 'Point', coordinates: [0, 51] }),
        f({ name: 'F', kind: 'district', parent: 'c' }, 'f'),
      ],
    });
    if (result.ok) throw new Error('should fail');
    expect(result.errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Feature 1 "a" \(A\): .*district, ward or beat/),
        expect.stringMatching(/^Feature 2 "b": .*name/),
        expect.stringMatching(/^Feature 4 "c" \(D\): the id "c" is used again/),
        expect.stringMatching(/^Feature 5 "e" \(E\): .*Polygon or MultiPolygon/),
        expect.stringMatching(/^Feature 6 "f" \(F\): a district has no parent/),
        expect.stringMatching(/^Feature 3 "c" \(C\): parent "zz"/),
      ]),
    );
  });

  it('refuses something that is not a FeatureCollection', () => {
    expect(parseAreasGeoJson({ type: 'Feature' })).toMatchObject({ ok: false });
  });
});

describe('offers', () => {
  it('offers the organisation to admins only, and case records never to admins', () => {
    expect(offers('admin', 'organisation', 'update')).toBe(true);
    expect(offers('supervisor', 'organisation')).toBe(false);
    expect(offers('admin', 'problems')).toBe(false);
    expect(offers('prevention_lead', 'problems', 'update')).toBe(false);
  });
});
