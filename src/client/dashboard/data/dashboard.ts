// The dashboard's reads: every live problem on the device with its actions, evaluations,
// nominations and reviews, re-read whenever any of them changes.
import type { DashboardData, DashboardRepository } from '#client/dashboard/contract';
import { watchQuery } from '#client/platform/db/live';
import type { BeatbookDb } from '#client/platform/db/schema';

async function readDashboard(db: BeatbookDb): Promise<DashboardData> {
  const live = <T extends { deleted: boolean }>(rows: T[]): T[] => rows.filter((r) => !r.deleted);
  return db.transaction(
    'r',
    [db.problems, db.actions, db.evaluations, db.nominations, db.reviews],
    async () => ({
      problems: live(await db.problems.toArray()),
      actions: live(await db.actions.toArray()),
      evaluations: live(await db.evaluations.toArray()),
      nominations: live(await db.nominations.toArray()),
      reviews: live(await db.reviews.toArray()),
    }),
  );
}

export function createDashboardRepository(db: BeatbookDb): DashboardRepository {
  return {
    watch(onChange) {
      return watchQuery(() => readDashboard(db), onChange);
    },
  };
}
