// Hotspot import: an analyst's GeoJSON for one day becomes `hotspots` records, which
// every device pulls (team_id is NULL and the access table gives every role read: 'any').
//
// The whole file is checked before anything is written, and every problem is reported naming
// its feature, so an analyst fixes the file in one go. A valid file is written in one
// transaction: either all of the day's hotspots arrive on devices or none do.
//
// Record ids are derived from the date and the feature's id, so importing the same file again
// finds the same records: unchanged ones are left alone (no new change number, nothing for
// devices to pull) and changed ones are updated, never duplicated. With `replace`, the date's
// hotspots that are no longer in the file are deleted (the file is the whole day's set).
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Fields } from '#domain/merge';
import { geometryProblems, isRecord, readFeatureCollection } from '#domain/geojson';
import { hotspotFieldsSchema, type HotspotFields, type HotspotGeometry } from '#domain/patrol/hotspots';
import { writeAudit } from '#server/platform/store/audit-log';
import { nextChangeNumber } from '#server/platform/database/counters';
import { findRecord, saveRecord, type StoredRecord } from '#server/platform/store/records';
import type { Tables } from '#server/platform/database/tables';

/** Who the records say wrote them: the import, not a person (the CLI has no signed-in user). */
export const HOTSPOT_IMPORTER = 'system:hotspots-import';

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export class HotspotImportError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(
      `The hotspot file was not imported; nothing was written.\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'HotspotImportError';
    this.problems = problems;
  }
}

/** A UUID (version 8, RFC 9562 variant) from the date and the mapping tool's id. */
export function hotspotRecordId(date: string, sourceId: string): string {
  const hex = createHash('sha256').update(`beatbook:hotspot:${date}:${sourceId}`).digest('hex');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function featureLabel(index: number, id: string | undefined, name: string | undefined): string {
  const parts = [
    id === undefined ? undefined : `id "${id}"`,
    name === undefined ? undefined : `name "${name}"`,
  ].filter(Boolean);
  return `feature ${index}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
}

/**
 * Checks a parsed GeoJSON file and returns the hotspots it holds, or every problem found, each
 * naming its feature by index (0-based, as in the file's `features` list), id and name.
 */
export function parseHotspotFile(
  json: unknown,
  date: string,
  knownTeams?: ReadonlySet<string>,
): { hotspots: HotspotFields[] } | { problems: string[] } {
  const collection = readFeatureCollection(json);
  if ('problem' in collection) return { problems: [collection.problem] };
  const problems: string[] = [];
  const hotspots: HotspotFields[] = [];
  const seen = new Map<string, number>();
  collection.features.forEach((feature: unknown, index) => {
    const props = isRecord(feature) && isRecord(feature.properties) ? feature.properties : {};
    const rawId = isRecord(feature) && feature.id !== undefined ? feature.id : props.id;
    const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId).trim() : undefined;
    const name = typeof props.name === 'string' ? props.name.trim() : undefined;
    const label = featureLabel(index, id, name);
    const own: string[] = [];
    if (!isRecord(feature) || feature.type !== 'Feature') own.push('is not a GeoJSON Feature');
    if (id === undefined || id === '') own.push('has no id (set the feature\'s "id" or properties.id)');
    else if (seen.has(id)) own.push(`has the same id as feature ${String(seen.get(id))}`);
    if (name === undefined || name === '') own.push('has no name (properties.name)');
    const teams = props.teams;
    if (teams !== undefined && (!Array.isArray(teams) || !teams.every((t) => typeof t === 'string')))
      own.push('properties.teams must be a list of team ids');
    else if (Array.isArray(teams) && knownTeams !== undefined) {
      const unknown = teams.filter((t) => !knownTeams.has(t));
      if (unknown.length > 0) own.push(`names teams that do not exist: ${unknown.join(', ')}`);
    }
    own.push(...geometryProblems(isRecord(feature) ? feature.geometry : undefined));
    if (id !== undefined && id !== '' && !seen.has(id)) seen.set(id, index);
    if (own.length === 0) {
      const geometry = (feature as { geometry: HotspotGeometry }).geometry;
      const candidate = {
        sourceId: id,
        name,
        date,
        // Only type and coordinates: a tool's extra members (bbox, crs) are not kept.
        geometry: { type: geometry.type, coordinates: geometry.coordinates },
        ...(Array.isArray(teams) && teams.length > 0 ? { teamIds: teams as string[] } : {}),
      };
      const parsed = hotspotFieldsSchema.safeParse(candidate);
      if (parsed.success) hotspots.push(parsed.data);
      else own.push(...parsed.error.issues.map((i) => `${i.path.join('.') || 'value'}: ${i.message}`));
    }
    problems.push(...own.map((p) => `${label} ${p}`));
  });
  return problems.length > 0 ? { problems } : { hotspots };
}

export interface HotspotImportResult {
  date: string;
  created: { id: string; sourceId: string; name: string }[];
  updated: { id: string; sourceId: string; name: string }[];
  unchanged: { id: string; sourceId: string; name: string }[];
  deleted: { id: string; sourceId: string; name: string }[];
}

function sameData(a: Fields, b: Fields): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function written(
  current: StoredRecord | undefined,
  id: string,
  data: Fields,
  deleted: boolean,
  version: number,
  now: string,
): StoredRecord {
  const changed = Object.keys(data).filter(
    (k) => current === undefined || !sameData({ v: current.data[k] }, { v: data[k] }),
  );
  const fieldVersions = { ...current?.fieldVersions };
  const fieldAuthors = { ...current?.fieldAuthors };
  for (const field of deleted ? ['deleted'] : changed) {
    fieldVersions[field] = version;
    fieldAuthors[field] = { by: HOTSPOT_IMPORTER, at: now };
  }
  return {
    collection: 'hotspots',
    id,
    teamId: null,
    version,
    originVersion: current?.originVersion ?? version,
    deleted,
    data,
    fieldVersions,
    fieldAuthors,
    createdAt: current?.createdAt ?? now,
    createdBy: current?.createdBy ?? HOTSPOT_IMPORTER,
    updatedAt: now,
    updatedBy: HOTSPOT_IMPORTER,
    reference: null,
  };
}

/** The date's hotspots already stored (not deleted), by record id. */
async function storedForDate(db: Kysely<Tables>, date: string): Promise<StoredRecord[]> {
  const rows = await db
    .selectFrom('records')
    .select('id')
    .where('collection', '=', 'hotspots')
    .where('deleted', '=', 0)
    .where('data', 'like', `%"date":"${date}"%`)
    .execute();
  const records = await Promise.all(rows.map((r) => findRecord(db, 'hotspots', r.id)));
  return records.filter((r): r is StoredRecord => r !== undefined && r.data.date === date);
}

export async function importHotspots(
  db: Kysely<Tables>,
  json: unknown,
  options: { date: string; replace?: boolean; source?: string },
): Promise<HotspotImportResult> {
  const { date } = options;
  if (!DATE_PATTERN.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)))
    throw new HotspotImportError([`the date "${date}" is not a calendar date (YYYY-MM-DD)`]);
  const teams = new Set((await db.selectFrom('teams').select('id').execute()).map((t) => t.id));
  const parsed = parseHotspotFile(json, date, teams);
  if ('problems' in parsed) throw new HotspotImportError(parsed.problems);

  const result: HotspotImportResult = { date, created: [], updated: [], unchanged: [], deleted: [] };
  await db.transaction().execute(async (trx) => {
    const now = new Date().toISOString();
    const inFile = new Set<string>();
    for (const hotspot of parsed.hotspots) {
      const id = hotspotRecordId(date, hotspot.sourceId);
      inFile.add(id);
      const entry = { id, sourceId: hotspot.sourceId, name: hotspot.name };
      const current = await findRecord(trx, 'hotspots', id);
      const data: Fields = { ...hotspot };
      if (current !== undefined && !current.deleted && sameData(current.data, data)) {
        result.unchanged.push(entry);
        continue;
      }
      // One change number per record, taken inside the transaction (store/counters.ts).
      const version = await nextChangeNumber(trx);
      await saveRecord(trx, written(current, id, data, false, version, now));
      (current === undefined ? result.created : result.updated).push(entry);
    }
    if (options.replace === true) {
      for (const stale of await storedForDate(trx, date)) {
        if (inFile.has(stale.id)) continue;
        const version = await nextChangeNumber(trx);
        await saveRecord(trx, written(stale, stale.id, stale.data, true, version, now));
        result.deleted.push({
          id: stale.id,
          sourceId: String(stale.data.sourceId),
          name: String(stale.data.name),
        });
      }
    }
    await writeAudit(
      trx,
      {
        userId: null,
        action: 'hotspots.import',
        collection: 'hotspots',
        details: {
          date,
          ...(options.source === undefined ? {} : { source: options.source }),
          created: result.created.map((h) => h.sourceId),
          updated: result.updated.map((h) => h.sourceId),
          unchanged: result.unchanged.length,
          deleted: result.deleted.map((h) => h.sourceId),
        },
      },
      now,
    );
  });
  return result;
}
