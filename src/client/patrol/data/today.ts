// TodayRepository (src/client/patrol/view-contract.ts): the records the day's briefing needs, read
// live from the device. Kept to queries and type-only imports: this file is on the first screen's
// path (open-workspace.ts), and the choosing and totalling happens in the Today screen's chunk.
import type { Activity } from '#domain/patrol/activities';
import type { Hotspot } from '#domain/patrol/hotspots';
import type { Me } from '#domain/session';
import type { PatrolWindow, TodayData, TodayRepository } from '#client/patrol/view-contract';
import { watchQuery } from '#client/platform/db/live';
import { recentIndexFloor, RECENT_STARTED_AT } from '#client/platform/db/activity-indexes';
import type { BeatbookDb } from '#client/platform/db/schema';

const live = <T extends { deleted: boolean }>(rows: T[]): T[] => rows.filter((r) => !r.deleted);

/** Hotspots of one day, every team's (the feed sends each device only what it may read). */
export async function hotspotsOfDay(db: BeatbookDb, day: string): Promise<Hotspot[]> {
  return live(await db.hotspots.where('date').equals(day).toArray());
}

/**
 * Activities of my teams, and my own whatever team they name, that started at or after `since`.
 * The screens ask for the last 8 days, which the index of recent activities holds; a start
 * further back than it holds is found by reading every activity (activity-indexes.ts).
 */
export async function activitiesSince(
  db: BeatbookDb,
  me: Me,
  since: string,
  now = Date.now(),
): Promise<Activity[]> {
  const teamIds = new Set(me.teams.map((t) => t.id));
  const from = new Date(since).toISOString();
  const rows =
    from >= recentIndexFloor(now)
      ? await db.activities.where(RECENT_STARTED_AT).aboveOrEqual(from).toArray()
      : await db.activities.filter((a) => Date.parse(a.startedAt) >= Date.parse(from)).toArray();
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
