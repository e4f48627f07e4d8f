// Server code reads records with their collection's type (server/platform/store/typed-records.ts):
// every record the demo force holds, and the same record after a retention erasure, parses as
// its collection's stored fields; a row that no longer fits is a clear defect, never a guess.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isCollectionName } from '#domain/collections';
import { eraseRecordData } from '#domain/retention';
import { seedDemo } from '#server/demo/seed';
import { findTyped, parseStored, UnreadableRecordError } from '#server/platform/store/typed-records';
import type { Store } from '#server/platform/database/database';
import { databaseNames, openTestStore, testConfig } from './helper';

describe.each(databaseNames)('typed records (%s)', (name) => {
  let store: Store;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    const opened = await openTestStore(name);
    store = opened.store;
    cleanup = opened.cleanup;
    await seedDemo(store.db, testConfig(), { problems: 40, seed: 5, now: new Date('2026-11-01') });
  });
  afterAll(async () => {
    await cleanup();
  });

  it('every stored record of the demo force, and its erased form, fits its collection', async () => {
    const rows = await store.db.selectFrom('records').select(['collection', 'id', 'data']).execute();
    const seen = new Set<string>();
    for (const row of rows) {
      const collection = row.collection;
      if (!isCollectionName(collection)) throw new Error(`unknown collection ${collection}`);
      const data = JSON.parse(row.data) as Record<string, unknown>;
      expect(() => parseStored(collection, row.id, data)).not.toThrow();
      expect(() => parseStored(collection, row.id, eraseRecordData(collection, data))).not.toThrow();
      seen.add(collection);
    }
    expect([...seen].sort()).toEqual(expect.arrayContaining(['actions', 'problems', 'reviews']));
  });

  it('a problem read through findTyped carries its typed stage and sections', async () => {
    const row = await store.db
      .selectFrom('records')
      .select('id')
      .where('collection', '=', 'problems')
      .executeTakeFirstOrThrow();
    const problem = await findTyped(store.db, 'problems', row.id);
    expect(problem?.collection).toBe('problems');
    expect(['scanning', 'analysis', 'response', 'assessment', 'closed']).toContain(problem?.data.status);
    expect(typeof problem?.data.title).toBe('string');
  });

  it('a stored row that no longer fits names the collection, record and field instead of passing on', () => {
    const bad = { problemId: 'x', title: 42 };
    const thrown = catchError(() => parseStored('actions', 'a-1', bad));
    expect(thrown).toBeInstanceOf(UnreadableRecordError);
    expect(String(thrown)).toMatch(/actions record a-1/);
    expect(thrown instanceof UnreadableRecordError ? thrown.problems.join(' ') : '').toMatch(/problemId/);
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}
