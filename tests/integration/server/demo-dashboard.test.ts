// Issue 7, must-show 4: the dashboard's figures on the demo data equal figures computed
// independently here, straight from the force database's rows. The dashboard side is what a
// prevention lead's device computes: the records it pulls, through dashboardFigures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardFigures, type DashboardFigures } from '#domain/dashboard/figures';
import { seedDemo } from '#server/demo/seed';
import { buildApp } from '#server/platform/app';
import { databaseNames, HEADERS, openTestStore, sessionCookie, testConfig } from './helper';
import type { PulledChange } from '#domain/sync';
import {
  problemFieldsSchema,
  problemSchema,
  problemServerFieldsSchema,
  type ProblemFields,
} from '#domain/records';
import { actionFieldsSchema, actionSchema } from '#domain/osara/index';
import { evaluationFieldsSchema, evaluationSchema } from '#domain/good-practice/evaluations';

describe.each(databaseNames)('dashboard on the demo force (%s)', (name) => {
  let pulled: Map<string, PulledChange['record'][]>;
  let rows: { collection: string; deleted: number; data: string; id: string }[];
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    const opened = await openTestStore(name);
    cleanup = opened.cleanup;
    const config = testConfig();
    const demo = await seedDemo(opened.store.db, config, {
      problems: 90,
      seed: 11,
      now: new Date('2026-11-01'),
    });
    const lead = demo.users.find((u) => u.role === 'prevention_lead');
    if (lead === undefined) throw new Error('the demo force has no prevention lead');
    const app = await buildApp({ config, store: opened.store, staticDir: null });
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/session',
      headers: HEADERS,
      payload: { username: lead.username, password: lead.password },
    });
    const cookie = sessionCookie(signIn);
    pulled = new Map();
    let cursor = 0;
    for (;;) {
      const res = await app.inject({
        url: `/api/sync/pull?cursor=${String(cursor)}&limit=500`,
        headers: { cookie },
      });
      expect(res.statusCode).toBe(200);
      const page = res.json<{ changes: PulledChange[]; cursor: number; hasMore: boolean }>();
      for (const change of page.changes) {
        const list = pulled.get(change.collection) ?? [];
        list.push(change.record);
        pulled.set(change.collection, list);
      }
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    await app.close();
    rows = await opened.store.db
      .selectFrom('records')
      .select(['collection', 'deleted', 'data', 'id'])
      .execute();
  }, 240_000);

  afterAll(async () => {
    await cleanup();
  });

  /** The figures by a second, plain route: every row parsed with the domain schemas and counted. */
  function independently(): DashboardFigures {
    const live = rows.filter((r) => r.deleted === 0);
    const problems = live
      .filter((r) => r.collection === 'problems')
      .map((r) => ({
        id: r.id,
        ...problemFieldsSchema.extend(problemServerFieldsSchema.partial().shape).parse(JSON.parse(r.data)),
      }));
    const actions = live
      .filter((r) => r.collection === 'actions')
      .map((r) => actionFieldsSchema.parse(JSON.parse(r.data)));
    const evaluations = new Map(
      live
        .filter((r) => r.collection === 'evaluations')
        .map((r) => evaluationFieldsSchema.parse(JSON.parse(r.data)))
        .map((e) => [e.problemId, e]),
    );
    const count = (key: (p: ProblemFields) => string) => {
      const out: Record<string, number> = {};
      for (const p of problems) out[key(p)] = (out[key(p)] ?? 0) + 1;
      return out;
    };
    const measured = (id: string) => {
      const e = evaluations.get(id);
      return e?.response?.before !== undefined && e.response.after !== undefined;
    };
    const span = (a?: string, b?: string) => (a && b ? (Date.parse(b) - Date.parse(a)) / 86_400_000 + 1 : 1);
    const positive = (p: ProblemFields & { id: string }) => {
      const e = evaluations.get(p.id);
      const before = e?.response?.before;
      const after = e?.response?.after;
      if (e === undefined || before === undefined || after === undefined) return false;
      if (p.assessment?.outcome === 'no_effect') return false;
      return after / span(e.afterStart, e.afterEnd) < before / span(e.beforeStart, e.beforeEnd);
    };
    const techniques = new Map<
      string,
      { technique: string; positive: number; measured: number; used: number }
    >();
    for (const p of problems) {
      const used = new Set(actions.filter((a) => a.problemId === p.id).flatMap((a) => a.techniques));
      for (const t of used) {
        const f = techniques.get(t) ?? { technique: t, positive: 0, measured: 0, used: 0 };
        f.used++;
        if (measured(p.id)) f.measured++;
        if (positive(p)) f.positive++;
        techniques.set(t, f);
      }
    }
    const assessed = problems.filter((p) => p.assessment?.outcome !== undefined || p.status === 'closed');
    const share = (test: (p: { id: string }) => boolean) => ({
      count: assessed.filter(test).length,
      of: assessed.length,
    });
    return {
      problems: problems.length,
      byType: count((p) => p.problemType),
      byStatus: count((p) => p.status),
      byOutcome: count((p) => p.assessment?.outcome ?? 'not_assessed'),
      techniques: [...techniques.values()].sort(
        (a, b) =>
          b.positive - a.positive || b.measured - a.measured || a.technique.localeCompare(b.technique),
      ),
      quality: {
        assessed: assessed.length,
        withImpactMeasure: share((p) => measured(p.id)),
        withComparisonArea: share((p) => evaluations.get(p.id)?.control?.after !== undefined),
        withDisplacementCheck: share((p) => {
          const e = evaluations.get(p.id);
          return e?.buffer?.after !== undefined || e?.displacementChecked === true;
        }),
      },
    };
  }

  it('holds a living force: every stage, measured successes and failures', () => {
    const expected = independently();
    expect(expected.problems).toBe(90);
    expect(Object.keys(expected.byStatus).sort()).toEqual([
      'analysis',
      'assessment',
      'closed',
      'response',
      'scanning',
    ]);
    expect(expected.techniques.some((t) => t.positive > 0)).toBe(true);
    expect(expected.byOutcome.no_effect ?? 0).toBeGreaterThan(0);
  });

  it('shows the prevention lead the figures the database holds', () => {
    const list = (c: string) => (pulled.get(c) ?? []).filter((r) => !r.deleted);
    const figures = dashboardFigures({
      problems: list('problems').map((r) => problemSchema.parse(r)),
      actions: list('actions').map((r) => actionSchema.parse(r)),
      evaluations: list('evaluations').map((r) => evaluationSchema.parse(r)),
    });
    expect(figures).toEqual(independently());
  });
});
