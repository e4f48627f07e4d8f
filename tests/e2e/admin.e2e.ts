// The organisation screens, in real Chromium against the built app and the real server:
// an admin signs in, adds a user (after a too-short password is refused next to its field),
// disables that user, whose open session then gets 401 on its next request, and every admin
// screen passes axe.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  expectNoSeriousA11yViolations,
  expectVisible,
  launchDevice,
  newWatchedPage,
  signInButton,
  type Device,
} from './support/browser';
import { need, scenarioSteps } from './support/scenario';
import { e2eEnv } from './support/env';

describe('Organisation: an admin adds and disables a user', () => {
  const env = e2eEnv();
  const { admin } = env.users;
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
  const username = `pc-e2e-${suffix}`;
  const password = `a long password ${suffix}`;
  let device: Device | undefined;
  let page: Page | undefined;
  let newUserCookie = '';

  scenarioSteps('admin', env.artifactsDir, () => ({ admin: page }));
  afterAll(async () => {
    await device?.close();
  });

  const api = (method: string, path: string, cookie: string, body?: unknown) =>
    fetch(`${env.baseUrl}${path}`, {
      method,
      headers: {
        'X-Beatbook': '1',
        cookie,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  it('the admin signs in and opens the users screen', async () => {
    device = await launchDevice(env.baseUrl);
    page = await newWatchedPage(device.context);
    await page.goto(env.baseUrl);
    await expectVisible(page, signInButton(page), 'the sign-in form', 30_000);
    await page.getByLabel(/^username/i).fill(admin.username);
    await page.getByLabel(/^password/i).fill(admin.password);
    await signInButton(page).click();
    await expectVisible(
      page,
      page.getByRole('link', { name: 'Organisation' }),
      'the Organisation link',
      30_000,
    );
    await page.getByRole('link', { name: 'Organisation' }).click();
    await expectVisible(
      page,
      page.getByRole('heading', { name: 'Users', level: 2 }),
      'the users screen',
      30_000,
    );
    await expectVisible(
      page,
      page.getByRole('cell', { name: admin.username, exact: true }),
      'the admin in the list',
    );
    await expectNoSeriousA11yViolations(page, 'admin users');
  });

  it('refuses a short password next to its field, then adds the user', async () => {
    const p = need(page, "the admin's page");
    const form = p.getByRole('form', { name: 'Add a user' });
    await form.getByLabel('Username').fill(username);
    await form.getByLabel('Full name').fill(`PC E2E ${suffix}`);
    await form.getByLabel('Role').selectOption('officer');
    await form.getByLabel(/^Password/).fill('short');
    await form.getByRole('button', { name: 'Add user' }).click();
    await expectVisible(p, form.getByText('At least 10 characters'), 'the password error');
    await expect.poll(() => form.getByLabel(/^Password/).getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel(/^Password/).fill(password);
    await form.getByRole('button', { name: 'Add user' }).click();
    await expectVisible(
      p,
      p.getByRole('status').getByText(`Added PC E2E ${suffix} (${username}).`),
      'the added notice',
    );
    await expectVisible(p, p.getByRole('cell', { name: username, exact: true }), 'the new user in the list');
    await expectNoSeriousA11yViolations(p, 'admin users after adding');
  });

  it('disabling the user ends their open session at once', async () => {
    const p = need(page, "the admin's page");
    const signedIn = await api('POST', '/api/session', '', { username, password });
    expect(signedIn.status).toBe(200);
    newUserCookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect((await api('GET', '/api/me', newUserCookie)).status).toBe(200);

    await p.getByRole('button', { name: `Change ${username}` }).click();
    await expectNoSeriousA11yViolations(p, 'admin user editor');
    await p.getByRole('button', { name: `Disable ${username}` }).click();
    await expectVisible(
      p,
      p.getByRole('status').getByText(`Disabled ${username}; their sessions have ended.`),
      'the disabled notice',
    );
    const after = await api('GET', '/api/me', newUserCookie);
    expect(after.status).toBe(401);
  });

  it('shows teams and areas, each passing axe', async () => {
    const p = need(page, "the admin's page");
    await p.getByRole('link', { name: 'Teams' }).click();
    await expectVisible(p, p.getByRole('heading', { name: 'Teams', level: 2 }), 'the teams screen');
    await expectVisible(p, p.getByRole('cell', { name: 'north', exact: true }), 'team north');
    await expectNoSeriousA11yViolations(p, 'admin teams');
    await p.getByRole('link', { name: 'Areas' }).click();
    await expectVisible(p, p.getByRole('heading', { name: 'Areas', level: 2 }), 'the areas screen');
    await expectNoSeriousA11yViolations(p, 'admin areas');
  });
});
