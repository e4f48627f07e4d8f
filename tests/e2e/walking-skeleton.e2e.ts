// The walking skeleton, end to end in real Chromium against the built app and the real server:
// an officer records a problem, works on it offline, syncs, a teammate sees the edit, and an
// officer of another team sees nothing of it. Every screen visited is checked with axe.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  describePage,
  expectNoSeriousA11yViolations,
  expectVisible,
  formatInstallabilityErrors,
  installabilityErrors,
  launchBrowser,
  launchDevice,
  listHeading,
  newAppContext,
  newWatchedPage,
  openSignIn,
  signIn,
  waitForServiceWorker,
  type Device,
} from './support/browser';
import { syncNowAndSettle, waitForStatus, waitUntilAllSynced } from './support/sync-status';
import { need, scenarioSteps } from './support/scenario';
import { pullableRecordKeys } from './support/api';
import { e2eEnv } from './support/env';
import {
  REFERENCE_PATTERN,
  editControl,
  fillProblemForm,
  notFoundMessage,
  openList,
  problemForm,
  problemHeading,
  problemLink,
  saveAndExpectView,
  startNewProblem,
  waitForReference,
  type ProblemInput,
} from './support/problems';

const PHONE = { width: 412, height: 915 };

interface ManifestIcon {
  src?: unknown;
  sizes?: unknown;
  type?: unknown;
  purpose?: unknown;
}

describe('walking skeleton: record offline, sync, share within the team only', () => {
  const env = e2eEnv();
  const { officer: pc123, teammate: pc124, otherTeamOfficer: pc200 } = env.users;
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
  const problem: ProblemInput = {
    title: `Youths gathering by Elm Park shops ${suffix}`,
    problemType: 'Anti-social behaviour: youth nuisance',
    description:
      'Groups of 10 to 15 youths gather by the shops on Friday evenings; shopkeepers report abuse.',
    location: 'Elm Park parade, Northtown',
    status: 'Scanning',
  };
  const edited = {
    title: `${problem.title} (edited offline)`,
    description: `${problem.description} Edited offline: CCTV request made to the council (${suffix}).`,
  };

  let officerDevice: Device | undefined;
  let othersBrowser: Browser | undefined;
  let teammateContext: BrowserContext | undefined;
  let southContext: BrowserContext | undefined;
  let officer: Page | undefined;
  let teammate: Page | undefined;
  let south: Page | undefined;
  let problemUrl = '';
  let problemKey = '';
  let reference = '';

  scenarioSteps('walking-skeleton', env.artifactsDir, () => ({
    officer,
    teammate,
    south,
  }));

  afterAll(async () => {
    await teammateContext?.close();
    await southContext?.close();
    await othersBrowser?.close();
    await officerDevice?.close();
  });

  it('pc123 signs in (sign-in and list screens pass axe)', async () => {
    officerDevice = await launchDevice(env.baseUrl, { viewport: PHONE });
    officer = await newWatchedPage(officerDevice.context);
    await openSignIn(officer);
    await expectNoSeriousA11yViolations(officer, 'sign-in');
    await signIn(officer, pc123);
    await expectNoSeriousA11yViolations(officer, "team's problem list");
  });

  it('pc123 creates a problem (form and view pass axe)', async () => {
    const page = need(officer, "pc123's page");
    await startNewProblem(page);
    await expectNoSeriousA11yViolations(page, 'new problem form');
    await fillProblemForm(page, problem);
    await saveAndExpectView(page, problem.title);
    // Until the server assigns a reference the view says so; a fast sync may already have one.
    await expectVisible(
      page,
      page.getByText(/not yet synced/i).or(page.getByText(REFERENCE_PATTERN)),
      '"Not yet synced" or a reference on the new problem',
    );
    await expectVisible(page, page.getByText(problem.description), 'the description on the problem view');
    await expectNoSeriousA11yViolations(page, 'problem view');
    problemUrl = page.url();
    const id = /\/problems\/([0-9a-f-]{36})(?:[/?#]|$)/i.exec(new URL(problemUrl).pathname)?.[1];
    expect(id, `the problem view's address (${problemUrl}) holds the problem's id`).toBeDefined();
    problemKey = `problems/${id ?? ''}`;
  });

  it('the app is installable: Chromium reports no installability errors and the manifest is complete', async () => {
    const page = need(officer, "pc123's page");
    await openList(page);

    const linkHref = await page
      .locator('link[rel="manifest"]')
      .first()
      .getAttribute('href', { timeout: 5_000 });
    expect(linkHref, 'the page links its manifest').not.toBeNull();
    const manifestUrl = new URL(linkHref ?? '', page.url());
    expect(manifestUrl.pathname).toBe('/manifest.webmanifest');

    const response = await page.context().request.get(manifestUrl.href);
    expect(response.status(), 'GET /manifest.webmanifest').toBe(200);
    const manifest = (await response.json()) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      name: expect.stringMatching(/beatbook/i) as unknown,
      short_name: expect.any(String) as unknown,
      start_url: expect.stringMatching(/^\//) as unknown,
      display: expect.stringMatching(/^(standalone|fullscreen|minimal-ui)$/) as unknown,
      theme_color: expect.any(String) as unknown,
      background_color: expect.any(String) as unknown,
    });
    const icons = (Array.isArray(manifest.icons) ? manifest.icons : []) as ManifestIcon[];
    const sizes = icons.flatMap((icon) => (typeof icon.sizes === 'string' ? icon.sizes.split(/\s+/) : []));
    expect(sizes, 'manifest icons include 192x192 and 512x512').toEqual(
      expect.arrayContaining(['192x192', '512x512']),
    );
    for (const icon of icons) {
      expect(typeof icon.src, 'every icon has a src').toBe('string');
      const iconResponse = await page.context().request.get(new URL(String(icon.src), manifestUrl).href);
      expect(iconResponse.status(), `icon ${String(icon.src)}`).toBe(200);
    }

    const errors = await installabilityErrors(page);
    expect(errors, `Chromium installability errors:\n${formatInstallabilityErrors(errors)}`).toEqual([]);
  });

  it('the service worker takes control of the page', async () => {
    const page = need(officer, "pc123's page");
    const script = await waitForServiceWorker(page);
    expect(new URL(script).pathname).toBe('/sw.js');
  });

  it('offline, a reload still shows the problem in the list and in its view', async () => {
    const page = need(officer, "pc123's page");
    await page.goto(problemUrl);
    await expectVisible(
      page,
      problemHeading(page, problem.title),
      'the problem view online, before going offline',
    );
    await page.context().setOffline(true);

    await page.reload();
    await expectVisible(
      page,
      problemHeading(page, problem.title),
      `the problem view after reloading offline (${problemUrl})`,
    );
    await waitForStatus(page, /^\s*offline/i);

    await openList(page);
    await expectVisible(
      page,
      problemLink(page, problem.title),
      `the problem "${problem.title}" in the list while offline`,
    );
    await expectNoSeriousA11yViolations(page, "team's problem list (offline)");
    await problemLink(page, problem.title).first().click();
    await expectVisible(
      page,
      problemHeading(page, problem.title),
      'the problem view opened from the list while offline',
    );
  });

  it('pc123 edits the problem offline and is told the change is waiting (edit form passes axe)', async () => {
    const page = need(officer, "pc123's page");
    await expectVisible(page, editControl(page), 'an "Edit" link on the problem view');
    await editControl(page).first().click();
    const title = problemForm(page).getByLabel(/^title/i);
    await expectVisible(page, title, 'the edit form');
    expect(await title.inputValue(), 'the edit form starts from the saved title').toBe(problem.title);
    await expectNoSeriousA11yViolations(page, 'edit problem form');
    await fillProblemForm(page, edited);
    await saveAndExpectView(page, edited.title);
    await expectVisible(
      page,
      page.getByText(edited.description),
      'the edited description on the problem view',
    );
    const said = await waitForStatus(page, /\b\d+ changes? waiting to sync\b|^\s*offline/i);
    expect(said).toMatch(/offline|waiting/i);
  });

  it('back online, sync reaches "All changes synced" and the problem gets its reference', async () => {
    const page = need(officer, "pc123's page");
    await page.context().setOffline(false);
    await waitUntilAllSynced(page);
    reference = await waitForReference(page, 20_000);
    expect(reference).toMatch(/^PS-\d{4}-\d{6}$/);
    await expectVisible(page, problemHeading(page, edited.title), 'the edited title after sync');
    expect(await page.getByText(/not yet synced/i).count(), '"Not yet synced" is gone once synced').toBe(0);
    // A reload online shows the same, synced record (read back from this device's store).
    await page.reload();
    await expectVisible(page, problemHeading(page, edited.title), 'the edited problem after a reload online');
    await waitForReference(page);
  });

  it('teammate pc124, on another device, sees the edited problem', async () => {
    othersBrowser = await launchBrowser();
    teammateContext = await newAppContext(othersBrowser, env.baseUrl, { viewport: PHONE });
    teammate = await newWatchedPage(teammateContext);
    await signIn(teammate, pc124);
    await waitUntilAllSynced(teammate);
    await expectVisible(
      teammate,
      problemLink(teammate, edited.title),
      `"${edited.title}" in pc124's list`,
      20_000,
    );
    await problemLink(teammate, edited.title).first().click();
    await expectVisible(
      teammate,
      problemHeading(teammate, edited.title),
      "the edited problem's view for pc124",
    );
    await expectVisible(teammate, teammate.getByText(edited.description), 'the edited description for pc124');
    expect(await waitForReference(teammate)).toBe(reference);
    expect(await pullableRecordKeys(teammateContext), 'the force database gives pc124 the problem').toContain(
      problemKey,
    );
  });

  it('pc200 of team south sees nothing of it, not even by its address', async () => {
    const browser = need(othersBrowser, 'the second browser');
    southContext = await newAppContext(browser, env.baseUrl, { viewport: PHONE });
    south = await newWatchedPage(southContext);
    await signIn(south, pc200);
    expect(
      await pullableRecordKeys(southContext),
      "the force database gives pc200 nothing of north's problem",
    ).not.toContain(problemKey);
    // Only once a pull has finished does a list without it mean "not shared".
    await syncNowAndSettle(south);
    await expectVisible(south, listHeading(south), "pc200's list");
    const body = south.locator('body');
    expect(await body.innerText(), "pc200's list").not.toContain(problem.title);
    expect(await body.innerText(), "pc200's list").not.toContain(reference);

    await south.goto(problemUrl);
    try {
      await notFoundMessage(south).first().waitFor({ state: 'visible', timeout: 15_000 });
    } catch {
      throw new Error(
        `pc200 opened ${problemUrl} and did not get a not-found message.\n${await describePage(south)}`,
      );
    }
    await expectNoSeriousA11yViolations(south, 'problem not found');
    const shown = await body.innerText();
    expect(shown).not.toContain(problem.title);
    expect(shown).not.toContain(edited.description);
    expect(shown).not.toContain(reference);
  });
});
