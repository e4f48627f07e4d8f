// The prevention lead's dashboard: what the force's problem-solving records add up to.
// Pure: the app passes the records on the device (a prevention lead's device holds every
// problem), and the figures come back with their counts, so a share of 2 out of 3 is never read
// as evidence the way 200 out of 300 is.
//
// Definitions (the dashboard screen states them too):
// - measured: the problem has an evaluation with response-area counts before and after;
// - positive measured outcome: measured, the response area's daily rate fell (periods of unequal
//   length are compared per day), and the assessment's outcome is not "no measurable effect";
// - comparison area used: the evaluation has comparison (control) counts before and after;
// - displacement checked: buffer counts before and after, or the team says it checked;
// - assessed: the problem has an assessment outcome, or is closed.

/** Incidents counted in one area before and after (an evaluation's area counts). */
export interface AreaCountsFields {
  before?: number | undefined;
  after?: number | undefined;
}

export interface DashboardProblem {
  id: string;
  problemType: string;
  status: string;
  deleted: boolean;
  assessment?: { outcome?: string | undefined } | undefined;
}
export interface DashboardAction {
  problemId: string;
  techniques: readonly string[];
  deleted: boolean;
}
export interface DashboardEvaluation {
  problemId: string;
  deleted: boolean;
  beforeStart?: string | undefined;
  beforeEnd?: string | undefined;
  afterStart?: string | undefined;
  afterEnd?: string | undefined;
  response?: AreaCountsFields | undefined;
  buffer?: AreaCountsFields | undefined;
  control?: AreaCountsFields | undefined;
  displacementChecked?: boolean | undefined;
}

export interface Share {
  count: number;
  of: number;
}

export interface TechniqueFigure {
  technique: string;
  /** Problems with a positive measured outcome whose response used the technique. */
  positive: number;
  /** Measured problems whose response used it (the denominator for `positive`). */
  measured: number;
  /** Every problem whose response used it. */
  used: number;
}

export interface DashboardFigures {
  problems: number;
  byType: Record<string, number>;
  byStatus: Record<string, number>;
  /** By assessment outcome; problems without one count under `not_assessed`. */
  byOutcome: Record<string, number>;
  techniques: TechniqueFigure[];
  quality: {
    assessed: number;
    withImpactMeasure: Share;
    withComparisonArea: Share;
    withDisplacementCheck: Share;
  };
}

const DAY_MS = 86_400_000;

function days(start: string | undefined, end: string | undefined): number | undefined {
  if (start === undefined || end === undefined) return undefined;
  const n = (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY_MS + 1;
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

function complete(area: AreaCountsFields | undefined): area is { before: number; after: number } {
  return area?.before !== undefined && area.after !== undefined;
}

export function isMeasured(e: DashboardEvaluation | undefined): boolean {
  return e !== undefined && complete(e.response);
}

/** The response area's daily rate fell (equal periods when the dates are not given). */
export function responseFell(e: DashboardEvaluation): boolean {
  if (!complete(e.response)) return false;
  const before = days(e.beforeStart, e.beforeEnd) ?? 1;
  const after = days(e.afterStart, e.afterEnd) ?? 1;
  return e.response.after / after < e.response.before / before;
}

function bump(map: Record<string, number>, key: string): void {
  map[key] = (map[key] ?? 0) + 1;
}

export function dashboardFigures(input: {
  problems: readonly DashboardProblem[];
  actions: readonly DashboardAction[];
  evaluations: readonly DashboardEvaluation[];
}): DashboardFigures {
  const problems = input.problems.filter((p) => !p.deleted);
  const ids = new Set(problems.map((p) => p.id));
  const evaluation = new Map<string, DashboardEvaluation>();
  for (const e of input.evaluations) if (!e.deleted && ids.has(e.problemId)) evaluation.set(e.problemId, e);
  const techniquesOf = new Map<string, Set<string>>();
  for (const a of input.actions) {
    if (a.deleted || !ids.has(a.problemId)) continue;
    const set = techniquesOf.get(a.problemId) ?? new Set<string>();
    for (const t of a.techniques) set.add(t);
    techniquesOf.set(a.problemId, set);
  }

  const byType: Record<string, number> = {};
  const byStatus: Record<string, number> = {};
  const byOutcome: Record<string, number> = {};
  const techniques = new Map<string, TechniqueFigure>();
  let assessed = 0;
  let measured = 0;
  let compared = 0;
  let displaced = 0;
  for (const p of problems) {
    bump(byType, p.problemType);
    bump(byStatus, p.status);
    const outcome = p.assessment?.outcome;
    bump(byOutcome, outcome ?? 'not_assessed');
    const e = evaluation.get(p.id);
    const isMeasuredHere = isMeasured(e);
    const positive = e !== undefined && isMeasuredHere && responseFell(e) && outcome !== 'no_effect';
    for (const t of techniquesOf.get(p.id) ?? []) {
      const figure = techniques.get(t) ?? { technique: t, positive: 0, measured: 0, used: 0 };
      figure.used += 1;
      if (isMeasuredHere) figure.measured += 1;
      if (positive) figure.positive += 1;
      techniques.set(t, figure);
    }
    if (outcome === undefined && p.status !== 'closed') continue;
    assessed += 1;
    if (isMeasuredHere) measured += 1;
    if (e !== undefined && complete(e.control)) compared += 1;
    if (e !== undefined && (complete(e.buffer) || e.displacementChecked === true)) displaced += 1;
  }
  return {
    problems: problems.length,
    byType,
    byStatus,
    byOutcome,
    techniques: [...techniques.values()].sort(
      (a, b) => b.positive - a.positive || b.measured - a.measured || a.technique.localeCompare(b.technique),
    ),
    quality: {
      assessed,
      withImpactMeasure: { count: measured, of: assessed },
      withComparisonArea: { count: compared, of: assessed },
      withDisplacementCheck: { count: displaced, of: assessed },
    },
  };
}
