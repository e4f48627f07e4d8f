// A first download told honestly (issue 14, must-show 3; the pull path of issue 16). A team of its
// own holds 1,600 patrol activities with long notes, a few pages of pull. A fresh device signs in
// while every pull response is held by the test until it lets it through (a Playwright route
// gated on a promise, not a timer): before the first page the home screen says it is loading (not
// "no problems"), between pages the sync indicator and its details say "Downloading records: N",
// then, once the second page has brought the feed's size, "N of about 1,600", and "All changes
// synced" appears only once the last page is stored.
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '#domain/ids';
import { MAX_PUSH_MUTATIONS, pullResponseSchema, type Mutation } from '#domain/sync';
import { admin } from './support/admin-cli';
import { expectVisible, launchBrowser, listHeading, signIn } from './support/browser';
import { e2eEnv } from './support/env';
import { need, scenarioSteps } from './support/scenario';
import { openSyncDetails } from './support/shell';

const RECORDS = 1_600;
const number = (n: number): string => n.toLocaleString('en-GB');

function activity(teamId: string, n: number, recordId: string, baseVersion: number | null): Mutation {
  const at = new Date(Date.UTC(2026, 5, 1, 9) + n * 60_000).toISOString();
  return {
    id: uuidv7(),
    collection: 'activities',
    recordId,
    op: baseVersion === null ? 'put' : 'delete',
    changes:
      baseVersion !== null
        ? {}
        : {
            teamId,
            type: 'patrol',
            startedAt: at,
            durationMinutes: 30,
            notes: `Patrol ${String(n)}. ${'Walked the estate, spoke to residents and checked the garages. '.repeat(20)}`,
          },
    baseVersion,
    at,
  };
}

/** Each held pull: the server's answer, kept until the test lets it through. */
interface HeldPull {
  url: URL;
  changes: number;
  /** The server's count of the feed from this page on, on the second page of a download. */
  estimatedTotal: number | undefined;
  hasMore: boolean;
  release(): void;
}

/** Holds every GET /api/sync/pull of a context until released; hands them out in arrival order. */
async function holdPulls(
  context: BrowserContext,
): Promise<{ next(): Promise<HeldPull>; releaseAll(): void }> {
  const arrived: HeldPull[] = [];
  const waiting: ((held: HeldPull) => void)[] = [];
  let open = false;
  await context.route(
    (url) => url.pathname === '/api/sync/pull',
    async (route: Route) => {
      const response = await route.fetch();
      const body = pullResponseSchema.parse(await response.json());
      let release = (): void => undefined;
      const gate = new Promise<void>((done) => {
        release = done;
      });
      const held: HeldPull = {
        url: new URL(route.request().url()),
        changes: body.changes.length,
        estimatedTotal: body.estimatedTotal,
        hasMore: body.hasMore,
        release,
      };
      if (open) release();
      const taker = waiting.shift();
      if (taker === undefined) arrived.push(held);
      else taker(held);
      await gate;
      await route.fulfill({ response });
    },
  );
  return {
    next: () => {
      const first = arrived.shift();
      return first === undefined
        ? new Promise<HeldPull>((done) => waiting.push(done))
        : Promise.resolve(first);
    },
    releaseAll: () => {
      open = true;
      for (const held of arrived.splice(0)) held.release();
    },
  };
}

describe('first download: progress, loading screens, and "All changes synced" only at the end', () => {
  const env = e2eEnv();
  const token = Date.now().toString(36);
  const team = `dl-${token}`;
  const officer = {
    username: `pc-dl-${token}`,
    password: `first-download-${token}-pw`,
    displayName: 'PC Dana Lowe',
  };
  const recordIds = Array.from({ length: RECORDS }, () => uuidv7());
  const versions: number[] = [];
  let browser: Browser | undefined;
  let seeder: BrowserContext | undefined;
  let page: Page | undefined;
  let gate: { releaseAll(): void } | undefined;

  scenarioSteps('first-download', env.artifactsDir, () => ({ page }));

  afterAll(async () => {
    gate?.releaseAll();
    // The seeded activities are deleted again so later scenarios' force-wide figures stay as they were.
    if (seeder !== undefined && versions.length === RECORDS) {
      for (let i = 0; i < RECORDS; i += MAX_PUSH_MUTATIONS) {
        const mutations = recordIds
          .slice(i, i + MAX_PUSH_MUTATIONS)
          .map((id, k) => activity(team, i + k, id, versions[i + k] ?? null));
        await seeder.request.post('/api/sync/push', {
          headers: { 'x-beatbook': '1' },
          data: { deviceId: uuidv7(), mutations },
        });
      }
    }
    await browser?.close();
  });

  it(`a team of its own holds ${number(RECORDS)} activities (admin CLI, then the sync API)`, async () => {
    await admin(['team:add', '--id', team, '--name', `Download Team ${token}`], env.serverEnv);
    await admin(
      [
        'user:add',
        '--username',
        officer.username,
        '--name',
        officer.displayName,
        '--role',
        'officer',
        '--team',
        team,
        '--password-stdin',
      ],
      env.serverEnv,
      officer.password,
    );
    browser = await launchBrowser();
    seeder = await browser.newContext({ baseURL: env.baseUrl });
    const session = await seeder.request.post('/api/session', {
      headers: { 'x-beatbook': '1' },
      data: { username: officer.username, password: officer.password },
    });
    expect(session.ok()).toBe(true);
    for (let i = 0; i < RECORDS; i += MAX_PUSH_MUTATIONS) {
      const mutations = recordIds
        .slice(i, i + MAX_PUSH_MUTATIONS)
        .map((id, k) => activity(team, i + k, id, null));
      const res = await seeder.request.post('/api/sync/push', {
        headers: { 'x-beatbook': '1' },
        data: { deviceId: uuidv7(), mutations },
      });
      expect(res.ok()).toBe(true);
      const body = (await res.json()) as { results: { status: string; version?: number }[] };
      expect(body.results.every((r) => r.status === 'applied')).toBe(true);
      versions.push(...body.results.map((r) => r.version ?? 0));
    }
  });

  it('a fresh device signs in and, while the first page is held, says it is loading, not empty', async () => {
    // Service workers blocked: this device's requests then all pass the route (none is the
    // worker's), and nothing here is about the worker.
    const context = await need(browser, 'the browser').newContext({
      baseURL: env.baseUrl,
      serviceWorkers: 'block',
      locale: 'en-GB',
      timezoneId: 'Europe/London',
    });
    const pulls = await holdPulls(context);
    gate = pulls;
    page = await context.newPage();
    await signIn(page, officer);
    const first = await pulls.next();
    // The first page does not wait for the server to count the feed: the second request asks.
    expect(first.url.searchParams.get('estimate')).toBeNull();
    expect(first.hasMore).toBe(true);
    const status = page.getByRole('status');
    await expectVisible(
      page,
      status.getByText('Downloading records…', { exact: true }),
      'the first-download status',
    );
    await expectVisible(page, page.getByText('Loading problems…', { exact: true }), 'the loading list');
    expect(await page.getByText(/No problems recorded yet/).count()).toBe(0);
    await expectVisible(page, listHeading(page), 'the list heading');

    // Page by page: the count of records stored and, once the second page has brought the size
    // of the rest, of about the feed's size.
    let stored = 0;
    let estimate: number | undefined;
    let held = first;
    while (held.hasMore) {
      held.release();
      stored += held.changes;
      const next = await pulls.next();
      expect(next.url.searchParams.get('estimate')).toBe(held === first ? '1' : null);
      const progress =
        estimate === undefined
          ? `Downloading records: ${number(stored)}`
          : `Downloading records: ${number(stored)} of about ${number(estimate)}`;
      await expectVisible(page, status.getByText(progress, { exact: true }), `"${progress}"`);
      await openSyncDetails(page);
      await expectVisible(
        page,
        page.locator('.sync-details').getByText(progress, { exact: true }),
        'the details',
      );
      expect(await page.getByText('All changes synced').count()).toBe(0);
      if (next.estimatedTotal !== undefined) estimate = stored + next.estimatedTotal;
      held = next;
    }
    // This team's activities, and what every user reads (hotspots, published copies) that other
    // browser files on the same server may have added: the estimate is what the device shows.
    expect(estimate).toBeGreaterThanOrEqual(RECORDS);
    expect(stored).toBeGreaterThan(0);
    expect(stored + held.changes).toBe(estimate);
    // The last page is still held: nothing may claim the device is up to date.
    expect(await page.getByText('All changes synced').count()).toBe(0);
    held.release();
    pulls.releaseAll();
    await expectVisible(
      page,
      status.getByText('All changes synced', { exact: true }),
      '"All changes synced"',
    );
    // The team has no problems: now, and only now, the list says so.
    await expectVisible(page, page.getByText(/No problems recorded yet/), 'the empty list');
  });
});
