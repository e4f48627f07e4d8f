// What the search index is built from: the problems this user searches (their teams'; all on the
// device for a force-wide role), their actions and evaluations, and the published good-practice
// library. One live query over the four tables, so the index follows every local write and pull.
import type { Evaluation } from '#domain/good-practice/evaluations';
import type { Published } from '#domain/good-practice/published';
import type { Action } from '#domain/osara/index';
import type { Problem } from '#domain/records';
import { watchQuery, type Unsubscribe } from '#client/platform/db/live';
import type { BeatbookDb } from '#client/platform/db/schema';

export interface SearchRecords {
  problems: Problem[];
  actions: Action[];
  evaluations: Evaluation[];
  published: Published[];
}

/** `teamIds` null: every problem on the device (prevention lead, admin). */
async function readSearchRecords(db: BeatbookDb, teamIds: readonly string[] | null): Promise<SearchRecords> {
  const live = <T extends { deleted: boolean }>(rows: T[]): T[] => rows.filter((r) => !r.deleted);
  return db.transaction('r', [db.problems, db.actions, db.evaluations, db.published], async () => {
    const problems = live(
      teamIds === null
        ? await db.problems.toArray()
        : await db.problems
            .where('teamId')
            .anyOf([...teamIds])
            .toArray(),
    );
    const ids = problems.map((p) => p.id);
    return {
      problems,
      actions: live(await db.actions.where('problemId').anyOf(ids).toArray()),
      evaluations: live(await db.evaluations.where('problemId').anyOf(ids).toArray()),
      published: live(await db.published.toArray()),
    };
  });
}

export function watchSearchRecords(
  db: BeatbookDb,
  teamIds: readonly string[] | null,
  onChange: (records: SearchRecords) => void,
): Unsubscribe {
  return watchQuery(() => readSearchRecords(db, teamIds), onChange);
}
