import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { geometryArea, hotspotAt, pointInGeometry } from '#domain/patrol/geo';
import type { HotspotGeometry } from '#domain/patrol/hotspots';

// Positions are [lng, lat]; points are { lat, lng }. The square is lng 0..10, lat 0..10.
type Position = [number, number];
const square = (x0: number, y0: number, x1: number, y1: number): Position[] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];
const polygon = (...rings: Position[][]): HotspotGeometry => ({ type: 'Polygon', coordinates: rings });
const at = (lng: number, lat: number) => ({ lat, lng });

const plain = polygon(square(0, 0, 10, 10));
const withHole = polygon(square(0, 0, 10, 10), square(4, 4, 6, 6));
const triangle = polygon([
  [0, 0],
  [10, 0],
  [0, 10],
  [0, 0],
]);

describe('pointInGeometry: Polygon', () => {
  it('is true strictly inside and false outside', () => {
    expect(pointInGeometry(at(5, 5), plain)).toBe(true);
    expect(pointInGeometry(at(11, 5), plain)).toBe(false);
    expect(pointInGeometry(at(5, -0.001), plain)).toBe(false);
    expect(pointInGeometry(at(-5, 5), plain)).toBe(false);
  });

  it('uses GeoJSON [lng, lat] order, not [lat, lng]', () => {
    const wide = polygon(square(0, 0, 20, 2)); // 20 degrees east-west, 2 north-south
    expect(pointInGeometry(at(15, 1), wide)).toBe(true);
    expect(pointInGeometry(at(1, 15), wide)).toBe(false);
  });

  it('counts every point on an edge of the outer ring as inside', () => {
    for (const point of [at(5, 0), at(10, 5), at(5, 10), at(0, 5)]) {
      expect(pointInGeometry(point, plain), JSON.stringify(point)).toBe(true);
    }
  });

  it('counts every vertex of the outer ring as inside', () => {
    for (const point of [at(0, 0), at(10, 0), at(10, 10), at(0, 10)]) {
      expect(pointInGeometry(point, plain), JSON.stringify(point)).toBe(true);
    }
  });

  it('counts a point on a diagonal edge as inside despite float rounding', () => {
    expect(pointInGeometry(at(0.1 + 0.2, 10 - (0.1 + 0.2)), triangle)).toBe(true);
    expect(pointInGeometry(at(3.3, 6.7), triangle)).toBe(true);
    expect(pointInGeometry(at(3.31, 6.7), triangle)).toBe(false);
  });

  it('leaves a point just outside an edge outside (tolerance is tiny)', () => {
    expect(pointInGeometry(at(10.000001, 5), plain)).toBe(false);
    expect(pointInGeometry(at(5, 10.000001), plain)).toBe(false);
  });

  it('excludes a point inside a hole but includes one on the hole edge or vertex', () => {
    expect(pointInGeometry(at(5, 5), withHole)).toBe(false);
    expect(pointInGeometry(at(4, 5), withHole)).toBe(true); // hole edge
    expect(pointInGeometry(at(6, 6), withHole)).toBe(true); // hole vertex
    expect(pointInGeometry(at(2, 2), withHole)).toBe(true); // between hole and outer ring
  });

  it('handles several holes', () => {
    const twoHoles = polygon(square(0, 0, 10, 10), square(1, 1, 3, 3), square(7, 7, 9, 9));
    expect(pointInGeometry(at(2, 2), twoHoles)).toBe(false);
    expect(pointInGeometry(at(8, 8), twoHoles)).toBe(false);
    expect(pointInGeometry(at(5, 5), twoHoles)).toBe(true);
  });

  it('works on a concave ring (a U shape)', () => {
    const u = polygon([
      [0, 0],
      [9, 0],
      [9, 9],
      [6, 9],
      [6, 3],
      [3, 3],
      [3, 9],
      [0, 9],
      [0, 0],
    ]);
    expect(pointInGeometry(at(4.5, 6), u)).toBe(false); // in the notch
    expect(pointInGeometry(at(1.5, 6), u)).toBe(true);
    expect(pointInGeometry(at(7.5, 6), u)).toBe(true);
    expect(pointInGeometry(at(4.5, 3), u)).toBe(true); // on the notch floor
  });

  it('works at real London coordinates', () => {
    const patch = polygon([
      [-0.1279, 51.5072],
      [-0.1241, 51.5072],
      [-0.1241, 51.5096],
      [-0.1279, 51.5096],
      [-0.1279, 51.5072],
    ]);
    expect(pointInGeometry({ lat: 51.508, lng: -0.126 }, patch)).toBe(true);
    expect(pointInGeometry({ lat: 51.51, lng: -0.126 }, patch)).toBe(false);
  });

  it('is false for a non-finite point', () => {
    expect(pointInGeometry(at(Number.NaN, 5), plain)).toBe(false);
  });

  it('agrees with a direct closed-rectangle-minus-open-hole test on a 0.01 grid (property)', () => {
    // Grid points land exactly on edges and vertices often, and are otherwise at least 0.01 away
    // from every edge, well outside the on-edge tolerance.
    const coordinate = fc.integer({ min: -2000, max: 2000 }).map((n) => n / 100);
    fc.assert(
      fc.property(coordinate, coordinate, (x, y) => {
        const inOuter = x >= 0 && x <= 10 && y >= 0 && y <= 10;
        const inHoleInterior = x > 4 && x < 6 && y > 4 && y < 6;
        expect(pointInGeometry(at(x, y), withHole)).toBe(inOuter && !inHoleInterior);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('pointInGeometry: MultiPolygon', () => {
  const multi: HotspotGeometry = {
    type: 'MultiPolygon',
    coordinates: [[square(0, 0, 2, 2)], [square(10, 10, 14, 14), square(11, 11, 13, 13)]],
  };

  it('is inside when inside any of its polygons', () => {
    expect(pointInGeometry(at(1, 1), multi)).toBe(true);
    expect(pointInGeometry(at(10.5, 10.5), multi)).toBe(true);
  });

  it('is outside between its polygons and inside a hole of one', () => {
    expect(pointInGeometry(at(5, 5), multi)).toBe(false);
    expect(pointInGeometry(at(12, 12), multi)).toBe(false);
  });

  it('counts boundaries of each part as inside', () => {
    expect(pointInGeometry(at(2, 1), multi)).toBe(true);
    expect(pointInGeometry(at(14, 14), multi)).toBe(true);
    expect(pointInGeometry(at(11, 12), multi)).toBe(true);
  });
});

describe('geometryArea', () => {
  it('subtracts holes and adds parts', () => {
    expect(geometryArea(plain)).toBe(100);
    expect(geometryArea(withHole)).toBe(96);
    expect(
      geometryArea({ type: 'MultiPolygon', coordinates: [[square(0, 0, 2, 2)], [square(5, 5, 6, 6)]] }),
    ).toBe(5);
  });

  it('does not depend on ring orientation', () => {
    expect(geometryArea(polygon([...square(0, 0, 10, 10)].reverse()))).toBe(100);
  });
});

describe('hotspotAt', () => {
  const big = { id: 'b-big', geometry: plain };
  const small = { id: 'z-small', geometry: polygon(square(2, 2, 5, 5)) };
  const elsewhere = { id: 'a-elsewhere', geometry: polygon(square(50, 50, 60, 60)) };

  it('returns undefined when no hotspot contains the point', () => {
    expect(hotspotAt(at(30, 30), [big, small, elsewhere])).toBeUndefined();
    expect(hotspotAt(at(5, 5), [])).toBeUndefined();
  });

  it('returns the one containing hotspot', () => {
    expect(hotspotAt(at(8, 8), [big, small, elsewhere])).toBe('b-big');
    expect(hotspotAt(at(55, 55), [big, small, elsewhere])).toBe('a-elsewhere');
  });

  it('picks the smallest by area when several contain the point, in any order', () => {
    expect(hotspotAt(at(3, 3), [big, small])).toBe('z-small');
    expect(hotspotAt(at(3, 3), [small, big])).toBe('z-small');
  });

  it('breaks an area tie by id, so the order of the list does not matter', () => {
    const twinA = { id: 'twin-a', geometry: polygon(square(0, 0, 4, 4)) };
    const twinB = { id: 'twin-b', geometry: polygon(square(1, 1, 5, 5)) };
    expect(hotspotAt(at(2, 2), [twinB, twinA])).toBe('twin-a');
    expect(hotspotAt(at(2, 2), [twinA, twinB])).toBe('twin-a');
  });

  it('does not pick a hotspot whose hole holds the point', () => {
    const donut = { id: 'donut', geometry: withHole };
    expect(hotspotAt(at(5, 5), [donut])).toBeUndefined();
    expect(hotspotAt(at(5, 5), [donut, small])).toBe('z-small');
  });
});
