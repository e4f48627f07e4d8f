// What the map and its list show, as pure functions of the records on the device: my team's
// hotspots today with their patrol minutes, the activities logged at a position, and problems
// placed where their activities were (a problem has only a typed location of its own).
import type { Activity } from '#domain/patrol/activities';
import { localDate } from '#domain/dates';
import type { HotspotGeometry } from '#domain/patrol/hotspots';
import type { Problem } from '#domain/records';
import { hotspotRows, myHotspotsToday, type Viewer } from '#client/patrol/ui/today/select';

export type Period = 'today' | 'week';

export interface HotspotFeature {
  id: string;
  name: string;
  geometry: HotspotGeometry;
  minutesToday: number;
  minutes7Days: number;
}

export interface ActivityPoint {
  id: string;
  lat: number;
  lng: number;
  activity: Activity;
  hotspotName: string | undefined;
  problemTitle: string | undefined;
}

export interface ProblemPoint {
  id: string;
  lat: number;
  lng: number;
  problem: Problem;
  /** How many of the shown activities placed it. */
  activityCount: number;
}

export interface MapFeatures {
  hotspots: HotspotFeature[];
  activities: ActivityPoint[];
  problems: ProblemPoint[];
}

export interface MapInput {
  hotspots: Parameters<typeof myHotspotsToday>[0];
  activities: readonly Activity[];
  problems: readonly Problem[];
}

function inPeriod(activity: Activity, period: Period, today: string, firstDay: string): boolean {
  const day = localDate(activity.startedAt);
  if (day === undefined || day > today) return false;
  return period === 'today' ? day === today : day >= firstDay;
}

/**
 * `firstDay` is the first of the seven days (today and the six before). Activities newest first;
 * problems at the mean position of their shown activities, by title.
 */
export function mapFeatures(
  input: MapInput,
  viewer: Viewer,
  today: string,
  firstDay: string,
  period: Period,
): MapFeatures {
  const mine = myHotspotsToday(input.hotspots, viewer, today);
  // Dosage counts every activity linked to the hotspot, with or without a position.
  const hotspots = hotspotRows(mine, input.activities, today).map((row) => ({
    id: row.hotspot.id,
    name: row.hotspot.name,
    geometry: row.hotspot.geometry,
    minutesToday: row.minutes.today,
    minutes7Days: row.minutes.last7Days,
  }));
  const hotspotNames = new Map(input.hotspots.map((h) => [h.id, h.name]));
  const problemsById = new Map(input.problems.filter((p) => !p.deleted).map((p) => [p.id, p]));
  const activities: ActivityPoint[] = [];
  for (const a of input.activities) {
    if (a.deleted || a.position === undefined || !inPeriod(a, period, today, firstDay)) continue;
    activities.push({
      id: a.id,
      lat: a.position.lat,
      lng: a.position.lng,
      activity: a,
      hotspotName: a.hotspotId === undefined ? undefined : hotspotNames.get(a.hotspotId),
      problemTitle: a.problemId === undefined ? undefined : problemsById.get(a.problemId)?.title,
    });
  }
  activities.sort((x, y) => Date.parse(y.activity.startedAt) - Date.parse(x.activity.startedAt));
  const grouped = new Map<string, ActivityPoint[]>();
  for (const point of activities) {
    const problemId = point.activity.problemId;
    if (problemId === undefined || !problemsById.has(problemId)) continue;
    grouped.set(problemId, [...(grouped.get(problemId) ?? []), point]);
  }
  const problems = [...grouped].map(([problemId, points]): ProblemPoint => {
    const mean = (pick: (p: ActivityPoint) => number): number =>
      points.reduce((sum, p) => sum + pick(p), 0) / points.length;
    return {
      id: problemId,
      lat: mean((p) => p.lat),
      lng: mean((p) => p.lng),
      problem: problemsById.get(problemId) as Problem,
      activityCount: points.length,
    };
  });
  problems.sort((a, b) => a.problem.title.localeCompare(b.problem.title, 'en-GB'));
  return { hotspots, activities, problems };
}
