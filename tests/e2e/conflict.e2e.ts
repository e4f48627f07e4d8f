// Edited on two devices, end to end in real Chromium against the built app and the real server:
// pc123 and pc124 both change a problem's Location while offline; pc123 syncs first, pc124 second
// (the later arrival wins). pc123's next sync shows "Your change to Location was replaced…", and
// "Restore my value" puts pc123's location back through an ordinary synced edit.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { pullResponseSchema } from '#domain/sync';
import {
  expectNoSeriousA11yViolations,
  expectVisible,
  launchBrowser,
  newAppContext,
  newWatchedPage,
  openSignIn,
  signIn,
  waitForServiceWorker,
} from './support/browser';
import { syncNowAndSettle, waitForStatus, waitUntilAllSynced } from './support/sync-status';
import { need, scenarioSteps } from './support/scenario';
import { e2eEnv } from './support/env';
import {
  editControl,
  fillProblemForm,
  problemHeading,
  saveAndExpectView,
  startNewProblem,
  waitForReference,
  type ProblemInput,
} from './support/problems';

/** The record as the force database hands it to this context's user. */
async function serverRecord(
  context: BrowserContext,
  id: string,
): Promise<Record<string, unknown> | undefined> {
  let cursor = 0;
  let found: Record<string, unknown> | undefined;
  for (let page = 0; page < 1_000; page += 1) {
    const response = await context.request.get(`/api/sync/pull?cursor=${String(cursor)}&limit=500`);
    expect(response.ok(), `GET /api/sync/pull answered ${String(response.status())}`).toBe(true);
    const body = pullResponseSchema.parse(await response.json());
    for (const change of body.changes)
      if (change.collection === 'problems' && change.record.id === id) found = change.record;
    if (!body.hasMore) return found;
    cursor = body.cursor;
  }
  throw new Error('pull did not finish after 1000 pages');
}

describe('conflicts kept: the same field edited offline on two devices', () => {
  const env = e2eEnv();
  const { officer: pc123, teammate: pc124 } = env.users;
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
  const problem: ProblemInput = {
    title: `Cycle thefts at the station ${suffix}`,
    problemType: 'Anti-social behaviour: youth nuisance',
    description: 'Bikes taken from the racks on weekday mornings.',
    location: 'Station forecourt',
    status: 'Scanning',
  };
  const annLocation = `Station cycle racks, east side ${suffix}`;
  const benLocation = `Station car park, level 2 ${suffix}`;

  let browser: Browser | undefined;
  let annContext: BrowserContext | undefined;
  let benContext: BrowserContext | undefined;
  let ann: Page | undefined;
  let ben: Page | undefined;
  let problemUrl = '';
  let problemId = '';

  scenarioSteps('conflict', env.artifactsDir, () => ({ ann, ben }));

  afterAll(async () => {
    await annContext?.close();
    await benContext?.close();
    await browser?.close();
  });

  it('pc123 records a problem and it syncs; pc124 opens the same problem (both ready offline)', async () => {
    browser = await launchBrowser();
    annContext = await newAppContext(browser, env.baseUrl);
    benContext = await newAppContext(browser, env.baseUrl);
    ann = await newWatchedPage(annContext);
    ben = await newWatchedPage(benContext);

    await openSignIn(ann);
    await signIn(ann, pc123);
    // Both devices go offline in the next step and open screens they have not loaded yet (the
    // edit form), so each must first have a worker that controls it and has precached the app.
    await waitForServiceWorker(ann);
    await startNewProblem(ann);
    await fillProblemForm(ann, problem);
    await saveAndExpectView(ann, problem.title);
    await waitForReference(ann, 30_000);
    await waitUntilAllSynced(ann);
    problemUrl = ann.url();
    problemId = /\/problems\/([0-9a-f-]{36})/i.exec(new URL(problemUrl).pathname)?.[1] ?? '';
    expect(problemId, `the problem view's address (${problemUrl}) holds its id`).not.toBe('');

    await openSignIn(ben);
    await signIn(ben, pc124);
    await waitForServiceWorker(ben);
    await syncNowAndSettle(ben);
    await ben.goto(problemUrl);
    await expectVisible(ben, problemHeading(ben, problem.title), "pc124's view of the synced problem");
  });

  it('both go offline and change the Location to different values', async () => {
    for (const [page, location, who] of [
      [need(ann, 'pc123'), annLocation, 'pc123'],
      [need(ben, 'pc124'), benLocation, 'pc124'],
    ] as const) {
      await page.context().setOffline(true);
      await waitForStatus(page, /^\s*offline/i);
      await editControl(page).first().click();
      await fillProblemForm(page, { location });
      await saveAndExpectView(page, problem.title);
      await expectVisible(page, page.getByText(location), `${who}'s own location on the view, offline`);
    }
  });

  it('pc123 syncs first, then pc124 (the later arrival wins)', async () => {
    const a = need(ann, 'pc123');
    const b = need(ben, 'pc124');
    await a.context().setOffline(false);
    await waitUntilAllSynced(a);
    await b.context().setOffline(false);
    await waitUntilAllSynced(b);
    expect((await serverRecord(b.context(), problemId))?.locationText).toBe(benLocation);
    // The winner is told whose value theirs replaced.
    await syncNowAndSettle(b);
    await expectVisible(
      b,
      b.getByText(/Your change to Location replaced PC Ann Example’s/),
      "pc124's notice that their location replaced pc123's",
    );
  });

  it('pc123 syncs again and sees the notice naming pc124, with both values (passes axe)', async () => {
    const a = need(ann, 'pc123');
    await syncNowAndSettle(a);
    const notice = a.getByText(/Your change to Location was replaced by PC Ben Example/);
    await expectVisible(a, notice, 'the "Your change to Location was replaced by PC Ben Example" notice');
    const text = await notice.innerText();
    expect(text).toContain(`yours: “${annLocation}”`);
    expect(text).toContain(`now: “${benLocation}”`);
    await expectNoSeriousA11yViolations(a, 'problem view with a conflict notice');
  });

  it('"Restore my value" puts pc123\'s location back, and it syncs to the force database', async () => {
    const a = need(ann, 'pc123');
    await a.getByRole('button', { name: 'Restore my value' }).click();
    // The record holds pc123's value again, so the notice closes.
    await a.getByText(/Your change to Location was replaced/).waitFor({ state: 'detached', timeout: 15_000 });
    await expectVisible(
      a,
      a.getByText(annLocation, { exact: true }),
      "pc123's restored location on the view",
    );
    await waitUntilAllSynced(a);
    expect((await serverRecord(a.context(), problemId))?.locationText).toBe(annLocation);
    const b = need(ben, 'pc124');
    await syncNowAndSettle(b);
    await expectVisible(
      b,
      b.getByText(annLocation, { exact: true }),
      "pc123's restored location on pc124's view",
    );
  });
});
