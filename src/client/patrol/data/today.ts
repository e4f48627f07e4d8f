// TodayRepository (src/client/patrol/view-contract.ts): the records the day's briefing needs, read
// live from the device. Kept to queries and type-only imports: this file is on the first screen's
// path (open-workspace.ts), and the choosing and totalling happens in the Today screen's chunk.
import type { Activity } from '#domain/patrol/activities';
import type { Hotspot } from '#domain/patrol/hotspots';
import type { Me } from '#domain/session';
import type { PatrolWindow, TodayData, TodayRepository } from '#client/patrol/view-contract';
import { watchQuery } from '#client/platform/db/live';
import type { BeatbookDb } from '#client/platform/db/schema';

const live = <T extends { deleted: boolean }>(rows: T[]): T[] => rows.filter((r) => !r.deleted);

/** Hotspots of one day, every team's (the feed sends each device only what it may read). */
export async function hotspotsOfDay(db: BeatbookDb, day: string): Promise<Hotspot[]> {
  return live(await db.hotspots.where('date').equals(day).toArray());
}

/**
 * Activities of my teams, and my own whatever team they name, that started at or after `since`.
 * ISO times in UTC ("Z") compare in time order as strings, which is how the index is ranged.
 */
export async function activitiesSince(db: BeatbookDb, me: Me, since: string): Promise<Activity[]> {
  const teamIds = new Set(me.teams.map((t) => t.id));
  const rows = await db.activities.where('startedAt').aboveOrEqual(since).toArray();
  return live(rows).filter((a) => teamIds.has(a.teamId) || a.createdBy === me.id);
}

export async function readToday(db: BeatbookDb, me: Me, window: PatrolWindow): Promise<TodayData> {
  const teamIds = me.teams.map((t) => t.id);
  const problems = live(await db.problems.where('teamId').anyOf(teamIds).toArray());
  const problemIds = problems.map((p) => p.id);
  const [hotspots, activities, actions, reviews] = await Promise.all([
    hotspotsOfDay(db, window.day),
    activitiesSince(db, me, window.since),
    db.actions.where('problemId').anyOf(problemIds).toArray(),
    db.reviews.where('problemId').anyOf(problemIds).toArray(),
  ]);
  return { hotspots, activities, problems, actions: live(actions), reviews: live(reviews) };
}

export function createTodayRepository(db: BeatbookDb, me: Me): TodayRepository {
  return {
    watch(window, onChange) {
      return watchQuery(() => readToday(db, me, window), onChange);
    },
  };
}
