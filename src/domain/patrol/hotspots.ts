// The `hotspots` collection: the day's hotspots as an analyst loads them. Written only
// by the force database (`npm run admin -- hotspots:import`); every device reads them.
import { z } from 'zod';
import { envelopeSchema } from '../envelope';
import { polygonGeometrySchema, type PolygonGeometry } from '../geojson';

export const hotspotGeometrySchema = polygonGeometrySchema;
export type HotspotGeometry = PolygonGeometry;

export const hotspotFieldsSchema = z.strictObject({
  /** The id the mapping tool gave the feature. */
  sourceId: z.string().min(1).max(200),
  name: z.string().trim().min(1).max(200),
  /** The day the hotspot is for, YYYY-MM-DD. */
  date: z.iso.date(),
  geometry: hotspotGeometrySchema,
  /** Teams whose areas the hotspot touches; empty means force-wide. */
  teamIds: z.array(z.string().max(64)).max(100).optional(),
});
export type HotspotFields = z.infer<typeof hotspotFieldsSchema>;

export const hotspotSchema = envelopeSchema.extend(hotspotFieldsSchema.shape);
export type Hotspot = z.infer<typeof hotspotSchema>;
