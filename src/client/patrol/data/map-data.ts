// MapRepository (src/client/patrol/view-contract.ts): the map's features, read live from the
// device, and the tile server and area outlines the force configured, remembered so an offline
// map knows them.
// Type-only imports and no zod: this file is on the first screen's path (open-workspace.ts).
import type { ApiClient } from '#client/platform/api/client';
import type { MapArea, MapData, MapRepository, PatrolWindow, TileConfig } from '#client/patrol/view-contract';
import type { Me } from '#domain/session';
import { watchQuery } from '#client/platform/db/live';
import type { BeatbookDb } from '#client/platform/db/schema';
import { activitiesSince, hotspotsOfDay } from './today';

const TILE_CONFIG = 'tileConfig';
const MAP_AREAS = 'mapAreas';
const AREA_KINDS: readonly string[] = ['district', 'ward', 'beat'];

export async function readMap(db: BeatbookDb, me: Me, window: PatrolWindow): Promise<MapData> {
  const [hotspots, all] = await Promise.all([
    hotspotsOfDay(db, window.day),
    activitiesSince(db, me, window.since),
  ]);
  const activities = all.filter((a) => a.position !== undefined);
  const linked = [...new Set(activities.flatMap((a) => (a.problemId === undefined ? [] : [a.problemId])))];
  const problems = (await db.problems.bulkGet(linked)).filter(
    (p): p is NonNullable<typeof p> => p !== undefined && !p.deleted,
  );
  return { hotspots, activities, problems };
}

/** The body of GET /api/client-config, checked by hand (no zod on this path). */
export function tileConfigFrom(body: unknown): TileConfig | null {
  if (typeof body !== 'object' || body === null) return null;
  const { tileUrl, tileAttribution } = body as Record<string, unknown>;
  if (typeof tileUrl !== 'string' || tileUrl === '') return null;
  return { url: tileUrl, attribution: typeof tileAttribution === 'string' ? tileAttribution : '' };
}

/** The areas of GET /api/map/areas (or as stored), checked by hand; anything malformed is left out. */
export function mapAreasFrom(body: unknown): MapArea[] {
  if (typeof body !== 'object' || body === null) return [];
  const { areas } = body as Record<string, unknown>;
  if (!Array.isArray(areas)) return [];
  return areas.flatMap((a: unknown): MapArea[] => {
    if (typeof a !== 'object' || a === null) return [];
    const { id, name, kind, geometry } = a as Record<string, unknown>;
    if (typeof id !== 'string' || typeof name !== 'string' || typeof kind !== 'string') return [];
    if (!AREA_KINDS.includes(kind) || typeof geometry !== 'object' || geometry === null) return [];
    const { type, coordinates } = geometry as Record<string, unknown>;
    if ((type !== 'Polygon' && type !== 'MultiPolygon') || !Array.isArray(coordinates)) return [];
    return [{ id, name, kind: kind as MapArea['kind'], geometry: { type, coordinates } }];
  });
}

async function askServer(
  api: ApiClient,
): Promise<{ known: true; config: TileConfig | null } | { known: false }> {
  try {
    const response = await api.send('GET', '/api/client-config');
    return { known: true, config: tileConfigFrom(await response.json()) };
  } catch {
    return { known: false }; // offline or signed out: fall back to what the device remembers
  }
}

export function createMapRepository(db: BeatbookDb, me: Me, api: ApiClient): MapRepository {
  return {
    watch(window, onChange) {
      return watchQuery(() => readMap(db, me, window), onChange);
    },
    async tileConfig() {
      const answer = await askServer(api);
      if (answer.known) {
        // Remember "none" too: a force that removed its tile server should not keep the old one.
        await db.meta.put({ key: TILE_CONFIG, value: answer.config });
        return answer.config;
      }
      return tileConfigFrom(renamed((await db.meta.get(TILE_CONFIG))?.value));
    },
    async areas() {
      try {
        const response = await api.send('GET', '/api/map/areas');
        const areas = mapAreasFrom(await response.json());
        await db.meta.put({ key: MAP_AREAS, value: { areas } });
        return areas;
      } catch {
        // Offline, signed out or an older server: the outlines this device last had.
        return mapAreasFrom((await db.meta.get(MAP_AREAS))?.value);
      }
    },
  };
}

/** The stored TileConfig back in the server's field names, so one checker reads both. */
function renamed(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return null;
  const { url, attribution } = value as Record<string, unknown>;
  return { tileUrl: url, tileAttribution: attribution };
}
