// Counters handed out inside the writing transaction.
import type { Kysely } from 'kysely';
import type { Tables } from './tables';

/**
 * Take the next change number. This must run INSIDE the writing transaction, and before the
 * transaction reads anything it will decide on.
 *
 * Why a counter row and not a sequence: on PostgreSQL a sequence value is handed out before
 * commit, so transaction B can take 5 and commit while A still holds 4; a pull in between would
 * return 5, move the client's cursor past 4, and A's change would never be pulled. The UPDATE
 * here takes a row lock that is held until commit, so a second writer waits on this statement
 * until the first commits: numbers are handed out in commit order and the cursor never skips.
 * On SQLite there is one writer at a time anyway, and making this the first statement means the
 * transaction takes the write lock at once (waiting out the busy timeout) instead of failing
 * when it upgrades from a read.
 */
export async function nextChangeNumber(trx: Kysely<Tables>): Promise<number> {
  // The 'changes' row is created by the first migration, so this is a single UPDATE.
  return increment(trx, 'changes');
}

/** The next value of a named counter (e.g. problem references per year), created at 0 if missing. */
export async function nextValue(trx: Kysely<Tables>, name: string): Promise<number> {
  return nextValues(trx, name, 1);
}

/**
 * Takes `count` change numbers at once (a push batch): the first of them is returned, the rest
 * follow it. One UPDATE, under the same row lock as nextChangeNumber.
 */
export async function reserveChangeNumbers(trx: Kysely<Tables>, count: number): Promise<number> {
  return (await increment(trx, 'changes', count)) - count + 1;
}

/** `count` values of a named counter at once; returns the first. */
export async function nextValues(trx: Kysely<Tables>, name: string, count: number): Promise<number> {
  await trx
    .insertInto('counters')
    .values({ name, value: 0 })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  return (await increment(trx, name, count)) - count + 1;
}

async function increment(trx: Kysely<Tables>, name: string, by = 1): Promise<number> {
  const row = await trx
    .updateTable('counters')
    .set((eb) => ({ value: eb('value', '+', by) }))
    .where('name', '=', name)
    .returning('value')
    .executeTakeFirstOrThrow();
  return row.value;
}
