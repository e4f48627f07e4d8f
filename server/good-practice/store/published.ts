// The SQL the good-practice commands need beyond the shared record store: the live published
// copies, a page at a time (a force holds thousands; the rescan never loads them all at once).
import type { Kysely } from 'kysely';
import type { Fields } from '#domain/merge';
import { fromJson } from '#server/platform/database/json';
import type { Tables } from '#server/platform/database/tables';

export interface PublishedRow {
  id: string;
  data: Fields;
}

/** Live (not withdrawn) published copies with ids after `afterId`, in id order. */
export async function publishedPage(
  db: Kysely<Tables>,
  afterId: string,
  limit: number,
): Promise<PublishedRow[]> {
  const rows = await db
    .selectFrom('records')
    .select(['id', 'data'])
    .where('collection', '=', 'published')
    .where('deleted', '=', 0)
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, data: fromJson(r.data, 'records.data') as Fields }));
}
