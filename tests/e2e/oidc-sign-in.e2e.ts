// Sign-in through the force's OpenID provider (issue 17, must-show 2), in real Chromium against
// the compiled server and a real provider (oidc-provider, started by global-setup.ts): "Sign in
// with …" goes to the provider and back, the officer's list opens, and with no signal a reload
// still opens the app. An identity Beatbook does not know gets a page that says so.
import type { Browser, Page } from 'playwright-core';
import { afterAll, describe, it } from 'vitest';
import {
  expectNoSeriousA11yViolations,
  expectVisible,
  launchBrowser,
  launchDevice,
  listHeading,
  newAppContext,
  newWatchedPage,
  waitForServiceWorker,
  type Device,
} from './support/browser';
import { waitForStatus } from './support/sync-status';
import { need, scenarioSteps } from './support/scenario';
import { e2eEnv } from './support/env';
import { PHONE } from './support/osara';

/** The provider's own (development) sign-in page: "Enter any login", any password. */
async function signInAtProvider(page: Page, login: string): Promise<void> {
  const loginField = page.locator('input[name="login"]');
  await expectVisible(page, loginField, "the provider's sign-in page", 30_000);
  await loginField.fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

describe('Signing in with the force account', () => {
  const env = e2eEnv();
  const providerLink = (page: Page) =>
    page.getByRole('link', { name: `Sign in with ${env.oidc.displayName}` });
  let device: Device | undefined;
  let page: Page | undefined;
  let stranger: Page | undefined;
  let strangersBrowser: Browser | undefined;

  scenarioSteps('oidc-sign-in', env.artifactsDir, () => ({ officer: page, stranger }));

  afterAll(async () => {
    await device?.close();
    await strangersBrowser?.close();
  });

  it('"Sign in with …" goes through the provider and opens the team\'s problems', async () => {
    device = await launchDevice(env.baseUrl, { viewport: PHONE });
    page = await newWatchedPage(device.context);
    await page.goto('/sign-in');
    await expectVisible(page, providerLink(page), `a "Sign in with ${env.oidc.displayName}" link`, 30_000);
    await expectNoSeriousA11yViolations(page, 'sign-in with a provider');
    await providerLink(page).click();
    await signInAtProvider(page, env.oidc.user.username);
    await expectVisible(
      page,
      listHeading(page),
      "the team's problems after the provider sent us back",
      30_000,
    );
    // Signed in as the provider's user: More names them.
    await page.getByRole('link', { name: 'More' }).click();
    await expectVisible(page, page.getByText(env.oidc.user.displayName), "the officer's name under More");
    await waitForServiceWorker(page);
  });

  it('offline, a reload still opens the app for the officer', async () => {
    const officer = need(page, 'the officer page');
    await officer.context().setOffline(true);
    await officer.reload();
    // The page was on More: offline it opens again, still signed in as the provider's user.
    await expectVisible(
      officer,
      officer.getByText(env.oidc.user.displayName),
      "the officer's name after reloading offline",
    );
    await waitForStatus(officer, /^\s*offline/i);
    await officer.context().setOffline(false);
  });

  it('an identity Beatbook does not know is refused with a page that says so', async () => {
    // Another device: this one remembers the officer and would go straight to their list.
    strangersBrowser = await launchBrowser();
    stranger = await newWatchedPage(await newAppContext(strangersBrowser, env.baseUrl, { viewport: PHONE }));
    await stranger.goto('/sign-in');
    await providerLink(stranger).click();
    await signInAtProvider(stranger, 'nobody.known');
    await expectVisible(
      stranger,
      stranger.getByRole('heading', { name: 'Your account is not set up in Beatbook' }),
      'the refusal page for an unknown identity',
    );
    await expectVisible(stranger, stranger.getByText('nobody.known'), 'the refused username on the page');
  });
});
