// The names of the synced collections, without their schemas. The sync protocol (sync.ts) and
// the change feed (conflicts.ts) only need the names; taking them from records.ts instead would
// pull every OSARA section schema and vocabulary into the app's first download, which the app
// keeps under a budget (scripts/report-bundle.ts). records.ts checks that this list and its
// `collections` name the same collections.
import { z } from 'zod';

export const collectionNames = [
  'problems',
  'actions',
  'reviews',
  'evaluations',
  'nominations',
  'published',
  'activities',
  'hotspots',
] as const;
export type CollectionName = (typeof collectionNames)[number];
export const collectionNameSchema = z.enum(collectionNames);

const names: ReadonlySet<string> = new Set(collectionNames);
/** Whether `name` is a synced collection's name (a guard for names read back from storage). */
export function isCollectionName(name: string): name is CollectionName {
  return names.has(name);
}

/**
 * Collections only the force database writes (reference data and published copies). Their
 * records carry no team and every signed-in user reads them (src/domain/access.ts).
 */
export const serverWrittenCollections: ReadonlySet<CollectionName> = new Set(['published', 'hotspots']);
