// Issue 14: the demo force is dated relative to the day it is loaded, so a sergeant never sees
// "856 days overdue": open problems are recent, their actions and reviews fall due around today,
// and nothing is dated after the moment of loading.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '#server/demo/seed';
import { openTestStore, testConfig } from './helper';

const DAY = 86_400_000;

describe.each(['2026-12-05T09:00:00.000Z', '2031-03-20T09:00:00.000Z'])(
  'the demo force loaded on %s',
  (when) => {
    const now = new Date(when);
    let rows: { collection: string; data: string; created_at: string }[] = [];
    let cleanup: () => Promise<void>;
    /** The real moment loading ended: the force database stamps a review's reviewedAt with its own clock. */
    let loadedAt = 0;

    beforeAll(async () => {
      const opened = await openTestStore('sqlite');
      cleanup = opened.cleanup;
      await seedDemo(opened.store.db, testConfig(), { problems: 40, seed: 3, now });
      loadedAt = Date.now();
      rows = await opened.store.db
        .selectFrom('records')
        .select(['collection', 'data', 'created_at'])
        .execute();
    }, 120_000);
    afterAll(async () => {
      await cleanup();
    });

    const daysFromNow = (date: string): number =>
      Math.round((Date.parse(`${date}T00:00:00.000Z`) - now.getTime()) / DAY);

    it('opens its open problems in the last 90 days, with reviews due no more than 3 days ago', () => {
      const problems = rows
        .filter((r) => r.collection === 'problems')
        .map((r) => JSON.parse(r.data) as Record<string, string>);
      const open = problems.filter((p) => p.status !== 'closed' && p.status !== 'assessment');
      expect(open.length).toBeGreaterThan(5);
      for (const p of open) {
        expect(daysFromNow(p.openedAt ?? '')).toBeGreaterThanOrEqual(-91);
        expect(daysFromNow(p.nextReviewDate ?? '')).toBeGreaterThanOrEqual(-4);
      }
    });

    it('dates its open actions around today (at most 4 days overdue), and nothing after loading', () => {
      const data = rows.map((r) => JSON.parse(r.data) as Record<string, unknown>);
      const open = rows
        .filter((r) => r.collection === 'actions')
        .map((r) => JSON.parse(r.data) as Record<string, string>)
        .filter((a) => a.status !== 'done');
      expect(open.length).toBeGreaterThan(0);
      for (const a of open) expect(daysFromNow(a.dueDate ?? '')).toBeGreaterThanOrEqual(-5);
      const happened = data.flatMap((d) =>
        [d.startedAt, d.reviewedAt].filter((v): v is string => typeof v === 'string'),
      );
      expect(happened.length).toBeGreaterThan(10);
      // `now` stands for the day of loading; reviews are stamped by the push path's real clock.
      const latest = Math.max(now.getTime(), loadedAt);
      for (const at of happened) expect(Date.parse(at)).toBeLessThanOrEqual(latest);
    });
  },
);
