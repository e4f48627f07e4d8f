// The one GeoJSON reader, for every import of shapes (hotspots, areas): the FeatureCollection
// envelope, and Polygon/MultiPolygon geometry both as a schema (what a stored record holds) and as
// a check that names every problem in words an analyst can act on (which ring, which position).
// Pure.
import { z } from 'zod';

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).rest(z.number());
const ring = z.array(position).min(4, 'A ring needs at least 4 positions');

/** A Polygon or MultiPolygon, longitude first, as stored in hotspot and area records. */
export const polygonGeometrySchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
  ],
  { error: 'Geometry must be a Polygon or MultiPolygon' },
);
export type PolygonGeometry = z.infer<typeof polygonGeometrySchema>;

/** The features of a FeatureCollection with at least one, or what is wrong with the file. */
export function readFeatureCollection(json: unknown): { features: unknown[] } | { problem: string } {
  if (!isRecord(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features))
    return {
      problem:
        'the file is not a GeoJSON FeatureCollection (an object with "type": "FeatureCollection" and a "features" list)',
    };
  if (json.features.length === 0) return { problem: 'the FeatureCollection has no features' };
  return { features: json.features as unknown[] };
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function ringProblems(ring: unknown, where: string): string[] {
  if (!Array.isArray(ring)) return [`${where} is not a list of positions`];
  const problems: string[] = [];
  ring.forEach((position: unknown, i) => {
    if (
      !Array.isArray(position) ||
      position.length < 2 ||
      !position.every((n) => typeof n === 'number' && Number.isFinite(n))
    ) {
      problems.push(`${where}, position ${i} is not [longitude, latitude]`);
      return;
    }
    const [lng, lat] = position as number[];
    if (lng === undefined || lat === undefined || lng < -180 || lng > 180 || lat < -90 || lat > 90)
      problems.push(
        `${where}, position ${i} [${String(lng)}, ${String(lat)}] is out of range (longitude -180 to 180, latitude -90 to 90; GeoJSON puts longitude first)`,
      );
  });
  if (problems.length > 0) return problems;
  if (ring.length < 4)
    return [
      `${where} has ${ring.length} positions; a ring needs at least 4 (a triangle and its closing position)`,
    ];
  const first = ring[0] as number[];
  const last = ring[ring.length - 1] as number[];
  if (first[0] !== last[0] || first[1] !== last[1])
    return [`${where} is not closed: its first and last positions differ`];
  return [];
}

function polygonProblems(rings: unknown, where: string): string[] {
  if (!Array.isArray(rings) || rings.length === 0) return [`${where} has no rings`];
  return rings.flatMap((ring, i) =>
    ringProblems(ring, `${where} ring ${i}${i === 0 ? ' (outer)' : ' (hole)'}`),
  );
}

export function geometryProblems(geometry: unknown): string[] {
  if (!isRecord(geometry)) return ['has no geometry'];
  if (geometry.type === 'Polygon') return polygonProblems(geometry.coordinates, 'polygon');
  if (geometry.type === 'MultiPolygon') {
    const polygons = geometry.coordinates;
    if (!Array.isArray(polygons) || polygons.length === 0) return ['multipolygon has no polygons'];
    return polygons.flatMap((p, i) => polygonProblems(p, `polygon ${i}`));
  }
  return [
    `geometry type is ${JSON.stringify(geometry.type ?? null)}; only Polygon and MultiPolygon are read`,
  ];
}
