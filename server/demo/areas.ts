// The demo force's districts and wards as areas: square outlines around a made-up town, loaded
// through the same GeoJSON import an admin uses (areas:import), so they are audited alike.
import type { Kysely } from 'kysely';
import { importAreas } from '#server/organisation/organisation';
import type { Tables } from '#server/platform/database/tables';

/** A square outline (GeoJSON Polygon) with its south-west corner at lng, lat. */
export const square = (lng: number, lat: number, size: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [lng, lat],
      [lng + size, lat],
      [lng + size, lat + size],
      [lng, lat + size],
      [lng, lat],
    ],
  ],
});

export interface DemoDistrict {
  readonly id: string;
  readonly name: string;
  readonly teams: readonly string[];
}

/** Imports the areas; returns each ward team's south-west corner, for placing its records. */
export async function seedAreas(
  db: Kysely<Tables>,
  districts: readonly DemoDistrict[],
): Promise<Map<string, { lng: number; lat: number }>> {
  const areas: { id: string; name: string; kind: string; parentId: string | null; geometry: unknown }[] = [];
  const wardOrigin = new Map<string, { lng: number; lat: number }>();
  districts.forEach((district, d) => {
    areas.push({
      id: district.id,
      name: district.name,
      kind: 'district',
      parentId: null,
      geometry: square(-1.6 + d * 0.06, 53.78, 0.06),
    });
    district.teams.forEach((name, w) => {
      const id = `${name.toLowerCase().replace(/\s+/g, '-')}-ward`;
      wardOrigin.set(name.toLowerCase().replace(/\s+/g, '-'), {
        lng: -1.6 + d * 0.06 + w * 0.02,
        lat: 53.78,
      });
      areas.push({
        id,
        name: `${name} ward`,
        kind: 'ward',
        parentId: district.id,
        geometry: square(-1.6 + d * 0.06 + w * 0.02, 53.78, 0.02),
      });
    });
  });
  await importAreas(
    db,
    {
      type: 'FeatureCollection',
      features: areas.map(({ id, name, kind, parentId, geometry }) => ({
        type: 'Feature',
        id,
        properties: { name, kind, parent: parentId },
        geometry,
      })),
    },
    null,
  );
  return wardOrigin;
}
