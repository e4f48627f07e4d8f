// Reading areas from a GeoJSON FeatureCollection (`npm run admin -- areas:import FILE`). Each
// feature names its area: `id` (the feature's id or properties.id), properties.name,
// properties.kind (district, ward or beat) and optionally properties.parent (the id of the
// area it sits in). Every problem is reported with the feature it is in, so a force's GIS
// officer can fix the file without guessing.
import { z } from 'zod';
import { polygonGeometrySchema, readFeatureCollection } from './geojson';
import { AREA_ID_PATTERN, areaKindSchema, type AreaKind } from './organisation';

export interface AreaImport {
  id: string;
  name: string;
  kind: AreaKind;
  parentId: string | null;
  /** The feature's geometry (Polygon or MultiPolygon), or null. */
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown } | null;
}

const propertiesSchema = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  name: z.string({ error: 'properties.name is missing' }).trim().min(1, 'properties.name is empty').max(200),
  kind: areaKindSchema,
  parent: z.union([z.string(), z.number()]).nullable().optional(),
});

const featureSchema = z.object({
  type: z.literal('Feature', { error: 'Not a GeoJSON Feature' }),
  id: z.union([z.string(), z.number()]).optional(),
  properties: propertiesSchema,
  geometry: polygonGeometrySchema.nullable(),
});

export type AreaImportResult = { ok: true; areas: AreaImport[] } | { ok: false; errors: string[] };

function describe(index: number, raw: unknown): string {
  const r = raw as { id?: unknown; properties?: { id?: unknown; name?: unknown } } | null;
  const id = r?.id ?? r?.properties?.id;
  const name = r?.properties?.name;
  const label = typeof id === 'string' || typeof id === 'number' ? ` "${String(id)}"` : '';
  const named = typeof name === 'string' && name !== '' ? ` (${name})` : '';
  return `Feature ${index + 1}${label}${named}`;
}

/**
 * Parses the file's content. `known` are the ids already in the force database, which a parent
 * may also name. Either every area, or every problem found.
 */
export function parseAreasGeoJson(input: unknown, known: ReadonlySet<string> = new Set()): AreaImportResult {
  const collection = readFeatureCollection(input);
  if ('problem' in collection)
    return { ok: false, errors: ['The file must be a GeoJSON FeatureCollection with at least one feature.'] };
  const errors: string[] = [];
  const areas: AreaImport[] = [];
  const labels = new Map<string, string>();
  collection.features.forEach((raw, index) => {
    const label = describe(index, raw);
    const parsed = featureSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const where = issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
        errors.push(`${label}: ${where}${issue.message}`);
      }
      return;
    }
    const f = parsed.data;
    const rawId = f.id ?? f.properties.id;
    const id = rawId === undefined ? '' : String(rawId);
    if (!AREA_ID_PATTERN.test(id)) {
      errors.push(
        `${label}: id must be 1-64 letters, digits, ".", "_", ":" or "-" (set the feature id or properties.id).`,
      );
      return;
    }
    const seen = labels.get(id);
    if (seen !== undefined) {
      errors.push(`${label}: the id "${id}" is used again (first by ${seen}).`);
      return;
    }
    labels.set(id, label);
    const parentId =
      f.properties.parent === undefined || f.properties.parent === null ? null : String(f.properties.parent);
    if (parentId === id) errors.push(`${label}: an area cannot be its own parent.`);
    if (f.properties.kind === 'district' && parentId !== null)
      errors.push(`${label}: a district has no parent.`);
    areas.push({ id, name: f.properties.name, kind: f.properties.kind, parentId, geometry: f.geometry });
  });
  for (const area of areas) {
    if (area.parentId !== null && !labels.has(area.parentId) && !known.has(area.parentId))
      errors.push(
        `${labels.get(area.id) ?? area.id}: parent "${area.parentId}" is neither in this file nor already imported.`,
      );
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, areas };
}
