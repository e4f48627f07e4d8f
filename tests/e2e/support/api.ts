// What the force database itself hands a signed-in user, read with the browser context's own
// session cookie: the check behind "another team cannot see it", below the screens.
import type { BrowserContext } from 'playwright-core';
import { expect } from 'vitest';
import { uuidv7 } from '#domain/ids';
import { pullResponseSchema, type Mutation, type PullResponse } from '#domain/sync';

/** Every change the server lets this context's user pull, following the cursor to the end. */
export async function pulledChanges(context: BrowserContext): Promise<PullResponse['changes']> {
  const changes: PullResponse['changes'] = [];
  let cursor = 0;
  for (let page = 0; page < 1_000; page += 1) {
    const response = await context.request.get(`/api/sync/pull?cursor=${String(cursor)}&limit=500`);
    if (!response.ok())
      throw new Error(`GET /api/sync/pull answered ${String(response.status())}: ${await response.text()}`);
    const body = pullResponseSchema.parse(await response.json());
    changes.push(...body.changes);
    if (!body.hasMore) return changes;
    if (body.cursor <= cursor)
      throw new Error(`pull cursor did not advance (${String(cursor)} -> ${String(body.cursor)})`);
    cursor = body.cursor;
  }
  throw new Error('pull did not finish after 1000 pages');
}

/** Every `collection/id` the server lets this context's user pull. */
export async function pullableRecordKeys(context: BrowserContext): Promise<Set<string>> {
  return new Set((await pulledChanges(context)).map((c) => `${c.collection}/${c.record.id}`));
}

/** A put mutation made now, as a device would send it. */
export function put(
  collection: Mutation['collection'],
  recordId: string,
  changes: Record<string, unknown>,
  baseVersion: number | null,
): Mutation {
  return {
    id: uuidv7(),
    collection,
    recordId,
    op: 'put',
    changes,
    baseVersion,
    at: new Date().toISOString(),
  };
}

/** Pushes through the signed-in context's own session, expects every mutation applied, and returns their versions. */
export async function push(context: BrowserContext, ...mutations: Mutation[]): Promise<number[]> {
  const response = await context.request.post('/api/sync/push', {
    headers: { 'x-beatbook': '1' },
    data: { deviceId: uuidv7(), mutations },
  });
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { results: { status: string; version?: number }[] };
  for (const r of body.results) expect(r, JSON.stringify(r)).toMatchObject({ status: 'applied' });
  return body.results.map((r) => r.version ?? 0);
}

/** The signed-in user's id. */
export async function myId(context: BrowserContext): Promise<string> {
  const response = await context.request.get('/api/me');
  return ((await response.json()) as { id: string }).id;
}

/**
 * A new problem in team north, at Scanning unless `fields` say otherwise, pushed through the
 * context's session as another device of the same officer would; returns its id.
 */
export async function pushNewProblem(
  context: BrowserContext,
  fields: { title: string } & Record<string, unknown>,
): Promise<string> {
  const id = uuidv7();
  await push(
    context,
    put(
      'problems',
      id,
      {
        teamId: 'north',
        problemType: 'other',
        description: '',
        locationText: '',
        status: 'scanning',
        ...fields,
      },
      null,
    ),
  );
  return id;
}
