// Point-in-hotspot tests for linking an activity to the hotspot it happened in.
// Pure and dependency-free (only a type import), so the capture screen can use it offline
// without pulling zod into its chunk.
//
// Coordinates follow GeoJSON: positions are [lng, lat]. Hotspots cover a few streets, so plain
// planar geometry on degrees is accurate enough; the antimeridian is not handled.
//
// Boundary rule: a point ON a polygon's boundary counts as inside. That includes the edges and
// vertices of the outer ring and the edges and vertices of a hole (a hole's edge is also part of
// the polygon's boundary). An officer standing on the kerb that the analyst drew the line along
// was patrolling the hotspot; "inside" should not depend on which side of a shared edge GPS
// rounding put them.
import type { HotspotGeometry } from './hotspots';

export interface LatLng {
  lat: number;
  lng: number;
}

type Position = readonly number[];
type Ring = readonly Position[];

/**
 * How far (in degrees, about 0.1 mm) a point may be from an edge and still count as on it.
 * Exact arithmetic would miss points that lie on a diagonal edge only up to float rounding.
 */
const ON_EDGE_TOLERANCE = 1e-9;

function xy(position: Position): [number, number] {
  return [position[0] ?? Number.NaN, position[1] ?? Number.NaN];
}

function onSegment(px: number, py: number, a: Position, b: Position): boolean {
  const [ax, ay] = xy(a);
  const [bx, by] = xy(b);
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  if (lengthSquared === 0) return Math.hypot(px - ax, py - ay) <= ON_EDGE_TOLERANCE;
  // Projection of the point on the segment, clamped to its ends; then the distance to it.
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy)) <= ON_EDGE_TOLERANCE;
}

function onRingBoundary(px: number, py: number, ring: Ring): boolean {
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i];
    const b = ring[i + 1];
    if (a !== undefined && b !== undefined && onSegment(px, py, a, b)) return true;
  }
  return false;
}

/** Ray casting (even-odd). Only meaningful for points not on the ring's boundary. */
function insideRing(px: number, py: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i];
    const b = ring[j];
    if (a === undefined || b === undefined) continue;
    const [xi, yi] = xy(a);
    const [xj, yj] = xy(b);
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function inPolygon(px: number, py: number, rings: readonly Ring[]): boolean {
  const [outer, ...holes] = rings;
  if (outer === undefined) return false;
  if (onRingBoundary(px, py, outer)) return true;
  if (!insideRing(px, py, outer)) return false;
  for (const hole of holes) {
    if (onRingBoundary(px, py, hole)) return true;
    if (insideRing(px, py, hole)) return false;
  }
  return true;
}

function polygonsOf(geometry: HotspotGeometry): readonly (readonly Ring[])[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Whether the point lies inside the geometry or on its boundary (see the boundary rule above). */
export function pointInGeometry(point: LatLng, geometry: HotspotGeometry): boolean {
  const { lng: px, lat: py } = point;
  if (!Number.isFinite(px) || !Number.isFinite(py)) return false;
  return polygonsOf(geometry).some((rings) => inPolygon(px, py, rings));
}

function ringArea(ring: Ring): number {
  let twice = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i];
    const b = ring[j];
    if (a === undefined || b === undefined) continue;
    const [xi, yi] = xy(a);
    const [xj, yj] = xy(b);
    twice += xj * yi - xi * yj;
  }
  return Math.abs(twice) / 2;
}

/**
 * Planar area in square degrees, outer rings minus holes. Only used to compare hotspots that
 * all contain one point, so they are close together and the east-west scale factor cancels.
 */
export function geometryArea(geometry: HotspotGeometry): number {
  let area = 0;
  for (const [outer, ...holes] of polygonsOf(geometry)) {
    if (outer === undefined) continue;
    area += ringArea(outer) - holes.reduce((sum, hole) => sum + ringArea(hole), 0);
  }
  return area;
}

/**
 * The id of the hotspot containing the point. When hotspots overlap, the smallest by area wins
 * (the most specific one the analyst drew); equal areas fall back to the smaller id, so the
 * answer never depends on the order the hotspots arrived in.
 */
export function hotspotAt(
  point: LatLng,
  hotspots: readonly { id: string; geometry: HotspotGeometry }[],
): string | undefined {
  let best: { id: string; area: number } | undefined;
  for (const hotspot of hotspots) {
    if (!pointInGeometry(point, hotspot.geometry)) continue;
    const area = geometryArea(hotspot.geometry);
    if (best === undefined || area < best.area || (area === best.area && hotspot.id < best.id)) {
      best = { id: hotspot.id, area };
    }
  }
  return best?.id;
}
