// What the force database itself hands a signed-in user, read with the browser context's own
// session cookie: the check behind "another team cannot see it", below the screens.
import type { BrowserContext } from 'playwright-core';
import { pullResponseSchema } from '#domain/sync';

/** Every `collection/id` the server lets this context's user pull, following the cursor to the end. */
export async function pullableRecordKeys(context: BrowserContext): Promise<Set<string>> {
  const keys = new Set<string>();
  let cursor = 0;
  for (let page = 0; page < 1_000; page += 1) {
    const response = await context.request.get(`/api/sync/pull?cursor=${String(cursor)}&limit=500`);
    if (!response.ok())
      throw new Error(`GET /api/sync/pull answered ${String(response.status())}: ${await response.text()}`);
    const body = pullResponseSchema.parse(await response.json());
    for (const change of body.changes) keys.add(`${change.collection}/${change.record.id}`);
    if (!body.hasMore) return keys;
    if (body.cursor <= cursor)
      throw new Error(`pull cursor did not advance (${String(cursor)} -> ${String(body.cursor)})`);
    cursor = body.cursor;
  }
  throw new Error('pull did not finish after 1000 pages');
}
