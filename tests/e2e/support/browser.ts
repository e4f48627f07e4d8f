// Driving Debian's Chromium with playwright-core, plus the checks every browser scenario uses:
// sign-in, accessibility (axe), installability (CDP) and service worker control. The sync status
// waits are in sync-status.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Result as AxeResult } from 'axe-core';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
  type ViewportSize,
} from 'playwright-core';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** How long a single UI expectation waits before failing (actions use the same). */
export const UI_TIMEOUT_MS = 15_000;

function executablePath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

function headless(): boolean {
  return process.env.E2E_HEADED !== '1';
}

/** A Chromium process for throwaway (incognito) contexts. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: executablePath(),
    args: [...CHROMIUM_ARGS],
    headless: headless(),
  });
}

export interface ContextOptions {
  viewport?: ViewportSize;
}

function contextOptions(baseUrl: string, options: ContextOptions) {
  return {
    baseURL: baseUrl,
    serviceWorkers: 'allow' as const,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    ...(options.viewport === undefined ? {} : { viewport: options.viewport }),
  };
}

function applyTimeouts(context: BrowserContext): BrowserContext {
  context.setDefaultTimeout(UI_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(30_000);
  return context;
}

/**
 * A fresh incognito profile (own IndexedDB, cookies and service worker) pointed at the app.
 * Chromium never reports an incognito page as installable ("in-incognito"): use a Device for that.
 */
export async function newAppContext(
  browser: Browser,
  baseUrl: string,
  options: ContextOptions = {},
): Promise<BrowserContext> {
  return applyTimeouts(await browser.newContext(contextOptions(baseUrl, options)));
}

/** One officer's phone or tablet: its own Chromium process with a real, persistent profile. */
export interface Device {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchDevice(baseUrl: string, options: ContextOptions = {}): Promise<Device> {
  const profile = await mkdtemp(join(tmpdir(), 'beatbook-e2e-profile-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: executablePath(),
      args: [...CHROMIUM_ARGS],
      headless: headless(),
      ...contextOptions(baseUrl, options),
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  applyTimeouts(context);
  let closed = false;
  return {
    context,
    close: async () => {
      if (closed) return;
      closed = true;
      await context.close();
      await rm(profile, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Diagnostics: what the page said while the test ran, saved with a screenshot when a test fails.

const consoleLogs = new WeakMap<Page, string[]>();

/** Opens a page that records its console errors, uncaught errors and failed requests. */
export async function newWatchedPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const lines: string[] = [];
  consoleLogs.set(page, lines);
  const stamp = (): string => new Date().toISOString().slice(11, 23);
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      lines.push(`${stamp()} console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => {
    lines.push(`${stamp()} pageerror: ${error.message}`);
  });
  page.on('requestfailed', (request) => {
    lines.push(
      `${stamp()} requestfailed: ${request.method()} ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`,
    );
  });
  page.on('response', (response) => {
    if (response.status() >= 500)
      lines.push(
        `${stamp()} HTTP ${String(response.status())}: ${response.request().method()} ${response.url()}`,
      );
  });
  return page;
}

export function pageLog(page: Page): readonly string[] {
  return consoleLogs.get(page) ?? [];
}

function safeName(text: string): string {
  return text
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

/** Saves a screenshot, the visible text and the console log of each open page. Never throws. */
export async function saveArtifacts(
  dir: string,
  label: string,
  pages: Readonly<Record<string, Page | undefined>>,
): Promise<string[]> {
  const saved: string[] = [];
  mkdirSync(dir, { recursive: true });
  for (const [name, page] of Object.entries(pages)) {
    if (page === undefined || page.isClosed()) continue;
    const base = join(dir, `${safeName(label)}--${safeName(name)}`);
    try {
      await page.screenshot({ path: `${base}.png`, fullPage: true, timeout: 5_000 });
      saved.push(`${base}.png`);
    } catch {
      // A crashed page cannot be photographed; the text below may still help.
    }
    try {
      const text = await page.locator('body').innerText({ timeout: 2_000 });
      writeFileSync(
        `${base}.txt`,
        `URL: ${page.url()}\n\n--- visible text ---\n${text}\n\n--- console ---\n${pageLog(page).join('\n')}\n`,
      );
      saved.push(`${base}.txt`);
    } catch {
      writeFileSync(`${base}.txt`, `URL: ${page.url()}\n\n--- console ---\n${pageLog(page).join('\n')}\n`);
    }
  }
  return saved;
}

/** A short description of what a page shows, for error messages. */
export async function describePage(page: Page): Promise<string> {
  let text = '(could not read the page)';
  try {
    text = (await page.locator('body').innerText({ timeout: 2_000 }))
      .replace(/\n{2,}/g, '\n')
      .trim()
      .slice(0, 1_500);
  } catch {
    // Keep the placeholder.
  }
  const log = pageLog(page).slice(-15);
  return `URL ${page.url()}\n--- page text ---\n${text}${log.length > 0 ? `\n--- recent console/network ---\n${log.join('\n')}` : ''}`;
}

/** Waits for a locator to be visible; on timeout the error says what the page showed instead. */
export async function expectVisible(
  page: Page,
  locator: Locator,
  what: string,
  timeout = UI_TIMEOUT_MS,
): Promise<void> {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch {
    throw new Error(
      `Expected to see ${what} within ${String(timeout)} ms, but did not.\n${await describePage(page)}`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// The app's screens.

export interface Credentials {
  username: string;
  password: string;
}

export function listHeading(page: Page): Locator {
  return page.getByRole('heading', { name: /^my team['’]s problems$/i });
}

export function signInButton(page: Page): Locator {
  return page.getByRole('button', { name: /^sign in$/i });
}

/** Opens the app and waits for the sign-in form. */
export async function openSignIn(page: Page): Promise<void> {
  await page.goto('/');
  await expectVisible(
    page,
    page.getByLabel(/^username/i),
    'the sign-in form (a field labelled "Username")',
    30_000,
  );
}

/**
 * The first screen after signing in: the team's problems for an officer or a sergeant, the
 * dashboard for a prevention lead, the organisation screens for an admin.
 */
export function homeHeading(page: Page): Locator {
  return listHeading(page)
    .or(page.getByRole('heading', { name: 'Prevention dashboard', level: 1 }))
    .or(page.getByRole('heading', { name: 'Organisation', level: 1 }));
}

/** Signs in from the sign-in screen (opening it if needed) and waits for the role's home screen. */
export async function signIn(page: Page, user: Credentials): Promise<void> {
  if (!(await signInButton(page).isVisible())) await openSignIn(page);
  await page.getByLabel(/^username/i).fill(user.username);
  await page.getByLabel(/^password/i).fill(user.password);
  await signInButton(page).click();
  await expectVisible(
    page,
    homeHeading(page),
    `the home screen after signing in as ${user.username}`,
    30_000,
  );
}

export function newProblemControl(page: Page): Locator {
  return page
    .getByRole('link', { name: /^new problem$/i })
    .or(page.getByRole('button', { name: /^new problem$/i }));
}

// ---------------------------------------------------------------------------------------------
// Accessibility.

const SERIOUS = new Set(['serious', 'critical']);

export function formatViolations(violations: readonly AxeResult[]): string {
  return violations
    .map((v) => {
      const targets = v.nodes
        .slice(0, 10)
        .map((node) => node.target.map((t) => (typeof t === 'string' ? t : t.join(' >>> '))).join(' '))
        .join(' | ');
      return `- ${v.id} [${v.impact ?? 'unknown'}] ${v.help} (${String(v.nodes.length)} node(s): ${targets}) ${v.helpUrl}`;
    })
    .join('\n');
}

/** Runs axe on the page as it is now and fails listing any serious or critical violation. */
export async function expectNoSeriousA11yViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact != null && SERIOUS.has(v.impact));
  if (serious.length > 0) {
    throw new Error(
      `Accessibility: ${String(serious.length)} serious/critical axe violation(s) on the ${screen} screen (${page.url()}):\n${formatViolations(serious)}`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Installability (Chrome DevTools Protocol).

export interface InstallabilityError {
  errorId: string;
  errorArguments: { name: string; value: string }[];
}

/** What Chromium says stops the page from being installed as an app (empty when installable). */
export async function installabilityErrors(page: Page): Promise<InstallabilityError[]> {
  const session = await page.context().newCDPSession(page);
  try {
    const { installabilityErrors: errors } = await session.send('Page.getInstallabilityErrors');
    return errors.map((e) => ({
      errorId: e.errorId,
      errorArguments: e.errorArguments.map((a) => ({ name: a.name, value: a.value })),
    }));
  } finally {
    await session.detach();
  }
}

export function formatInstallabilityErrors(errors: readonly InstallabilityError[]): string {
  return errors
    .map(
      (e) =>
        `- ${e.errorId}${e.errorArguments.length > 0 ? ` (${e.errorArguments.map((a) => `${a.name}=${a.value}`).join(', ')})` : ''}`,
    )
    .join('\n');
}

// ---------------------------------------------------------------------------------------------
// Service worker.

async function serviceWorkerState(
  page: Page,
  waitMs: number,
): Promise<{ supported: boolean; ready: boolean; controlled: boolean }> {
  return page.evaluate(async (ms) => {
    if (!('serviceWorker' in navigator)) return { supported: false, ready: false, controlled: false };
    const sw = navigator.serviceWorker;
    const timeout = new Promise<'timeout'>((r) => {
      setTimeout(() => {
        r('timeout');
      }, ms);
    });
    const ready = (await Promise.race([sw.ready.then(() => 'ready' as const), timeout])) === 'ready';
    if (ready && sw.controller === null) {
      // A worker that calls clients.claim() takes control a moment after it activates.
      const claimed = new Promise<void>((r) => {
        sw.addEventListener(
          'controllerchange',
          () => {
            r();
          },
          { once: true },
        );
      });
      await Promise.race([claimed, timeout]);
    }
    return { supported: true, ready, controlled: sw.controller !== null };
  }, waitMs);
}

/**
 * Waits until a service worker is active for this page and controls it, reloading once if the
 * worker activated without claiming the page. Resolves with the controlling worker's script URL.
 */
export async function waitForServiceWorker(page: Page, timeout = 30_000): Promise<string> {
  let state = await serviceWorkerState(page, timeout);
  if (!state.supported)
    throw new Error(`navigator.serviceWorker is not available on ${page.url()} (not a secure context?)`);
  if (!state.ready)
    throw new Error(
      `No service worker became active within ${String(timeout)} ms.\n${await describePage(page)}`,
    );
  if (!state.controlled) {
    await page.reload();
    state = await serviceWorkerState(page, 10_000);
  }
  if (!state.controlled)
    throw new Error(
      `A service worker is active but does not control the page, even after a reload.\n${await describePage(page)}`,
    );
  return page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '');
}
