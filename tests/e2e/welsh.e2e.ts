// Issue 15, must-show 4: on a 390 × 844 phone an officer chooses Cymraeg on the sign-in screen,
// signs in, logs an activity, opens a problem's OSARA sections and searches, all in Welsh. On each
// screen no English message from en.json (a value of 4+ letters that differs from its Welsh) is in
// the text a person sees or hears (page text, labels, alt text, titles), axe finds nothing (any
// impact) and a screenshot is saved (tests/e2e/screenshots/welsh-*.png).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '#client/i18n/en.json';
import cy from '#client/i18n/cy.json';
import {
  expectVisible,
  formatViolations,
  launchBrowser,
  newAppContext,
  newWatchedPage,
  openSignIn,
} from './support/browser';
import { pulledChanges, pushNewProblem } from './support/api';
import { e2eEnv } from './support/env';

const env = e2eEnv();
const PHONE = { width: 390, height: 844 };
const SCREENSHOTS = join(process.cwd(), 'tests', 'e2e', 'screenshots');
const token = Date.now().toString(36);
const title = `Dwyn beiciau ger yr orsaf ${token}`;
const notes = `Cerdded heibio’r rheseli beiciau ${token}`;

type Catalogue = { [key: string]: string | Catalogue };

function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The words of a message between its placeholders and markup: "{{n}} records found" → "records found". */
function pieces(message: string): string[] {
  return message
    .split(/\{\{[^}]*\}\}|<\/?[a-z]+\s*\/?>/)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');
}

/**
 * English that must not show in Welsh: the pieces of each English message with 4+ letters that
 * are not also in the same message's Welsh (so "Problem · {{n}} here" / "Problem · {{n}} yma"
 * gives "here", not "Problem ·").
 */
function englishPieces(): { key: string; piece: string; pattern: RegExp }[] {
  const welsh = flatten(cy);
  const found: { key: string; piece: string; pattern: RegExp }[] = [];
  for (const [key, message] of flatten(en)) {
    if (key.startsWith('_meta.')) continue;
    const theirs = welsh.get(key) ?? '';
    if (theirs === message) continue;
    const welshPieces = pieces(theirs);
    for (const piece of pieces(message)) {
      if ((piece.match(/\p{L}/gu) ?? []).length < 4) continue;
      if (welshPieces.some((w) => w.includes(piece))) continue;
      const escaped = piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      found.push({ key, piece, pattern: new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'u') });
    }
  }
  return found;
}

const ENGLISH = englishPieces();

/** What a person reads or hears: the page's text, its title, and labels, alt text and titles. */
async function shownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attributes = ['aria-label', 'alt', 'title', 'placeholder'];
    const labelled = [...document.querySelectorAll(attributes.map((a) => `[${a}]`).join(','))].flatMap(
      (element) => attributes.map((a) => element.getAttribute(a) ?? ''),
    );
    return [document.title, document.body.innerText, ...labelled].join('\n');
  });
}

/**
 * What the force typed in, not the app's words: its team names (an admin gave them in English,
 * "North Neighbourhood Team") are shown as they are in either language, so they are not English
 * the app forgot to translate.
 */
let forceData: string[] = [];
let teamNames: string[] = [];

/**
 * What officers typed into the records this officer may read (titles, places, notes: text with a
 * space in it, so never a code), which other e2e files in the same run fill with English such as
 * "Overdue review by the shops". Shown as typed in either language, like team names.
 */
async function typedText(context: BrowserContext): Promise<string[]> {
  // Before signing in there is nothing of the force's on screen.
  if (!(await context.request.get('/api/me')).ok()) return [];
  const typed = new Set<string>();
  for (const change of await pulledChanges(context))
    for (const value of Object.values(change.record))
      if (typeof value === 'string' && value.includes(' ')) typed.add(value);
  // Longest first, so a title is removed whole before a shorter one inside it.
  return [...typed].sort((a, b) => b.length - a.length);
}

async function englishOn(page: Page): Promise<string[]> {
  let text = await shownText(page);
  for (const data of forceData) text = text.split(data).join('');
  return ENGLISH.filter(({ pattern }) => pattern.test(text)).map(({ key, piece }) => `"${piece}" (${key})`);
}

/**
 * Today's date as Welsh Intl writes it (Node has Welsh; Debian's Chromium does not, and the app
 * writes the same words itself there): "Dydd Sadwrn, 5 Rhagfyr 2026".
 */
function welshToday(): string {
  return new Intl.DateTimeFormat('cy-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/London',
  }).format(new Date());
}

describe('Cymraeg on a phone', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  const problemViewProblems: string[] = [];

  /** No English, axe-clean and a screenshot; what is wrong is kept so every screen is checked. */
  async function checkScreen(name: string, found = problems): Promise<void> {
    forceData = [...teamNames, ...(await typedText(context))];
    const english = await englishOn(page);
    if (english.length > 0) found.push(`English on ${name} (${page.url()}): ${english.join(', ')}`);
    const { violations } = await new AxeBuilder({ page }).analyze();
    if (violations.length > 0) found.push(`axe on ${name}:\n${formatViolations(violations)}`);
    await page.screenshot({ path: join(SCREENSHOTS, `welsh-${name}.png`), fullPage: true });
  }

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchBrowser();
    context = await newAppContext(browser, env.baseUrl, { viewport: PHONE });
    page = await newWatchedPage(context);
  });
  afterAll(async () => {
    await context.close();
    await browser.close();
  });

  it('knows English when it sees it (the check can fail)', () => {
    expect(ENGLISH.length).toBeGreaterThan(500);
    const hits = (text: string) => ENGLISH.filter(({ pattern }) => pattern.test(text)).map((e) => e.key);
    expect(hits('Dim byd tebyg ar y ddyfais hon eto. Log activity')).toContain('patrol.logActivity');
    expect(hits(cy.search.heading)).toEqual([]);
    // "Problem" and "Beatbook" read the same in Welsh; "Patrôl" is not "Patrol".
    expect(hits('Problem · 2 weithgaredd yma — Beatbook · Patrôl')).toEqual([]);
  });

  it('chooses Cymraeg on the sign-in screen and signs in in Welsh', async () => {
    await openSignIn(page);
    // The switch waits for the Welsh catalogue before it shows as chosen: click, then wait for Welsh.
    await page.getByLabel('Cymraeg').click();
    await expectVisible(
      page,
      page.getByRole('heading', { name: cy.session.signIn.heading }),
      'Welsh sign-in',
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
    await checkScreen('sign-in');
    await page.getByLabel(cy.session.signIn.username).fill(env.users.officer.username);
    await page.getByLabel(cy.session.signIn.password).fill(env.users.officer.password);
    await page.getByRole('button', { name: cy.session.signIn.submit }).click();
    await expectVisible(
      page,
      page.getByRole('heading', { name: cy.problems.listTitle, level: 1 }),
      'the Welsh problem list after signing in',
      30_000,
    );
    const me = (await (await context.request.get('/api/me')).json()) as { teams: { name: string }[] };
    teamNames = me.teams.map((team) => team.name);
    expect(teamNames).not.toEqual([]);
  });

  it('logs an activity in Welsh', async () => {
    await page.goto('/activity/new');
    await expectVisible(
      page,
      page.getByRole('heading', { name: cy.patrol.capture.title, level: 1 }),
      'capture',
    );
    const patrol = page.getByRole('button', { name: cy.vocab.activityType.patrol, exact: true });
    await expectVisible(page, patrol, 'the Welsh activity types');
    // The position has settled (found, refused or unavailable) before the screen is judged.
    await page.getByText(cy.patrol.capture.where.locating).waitFor({ state: 'hidden' });
    await checkScreen('capture');

    await patrol.click();
    await page.getByLabel(cy.patrol.capture.notes, { exact: true }).fill(notes);
    await page.getByRole('button', { name: cy.patrol.capture.save, exact: true }).click();
    await expectVisible(page, page.getByText(cy.patrol.capture.savedNew), 'the Welsh saved notice');
    await expectVisible(
      page,
      page.getByRole('heading', { name: cy.patrol.activity.title, level: 1 }),
      'My activity',
    );
    await expectVisible(page, page.getByText(notes), 'the activity just logged');
    // The day's heading is a Welsh date even in a browser whose Intl has no Welsh.
    await expectVisible(page, page.getByText(welshToday()), 'today’s heading in Welsh');
    await checkScreen('my-activity');

    await page.goto('/today');
    await expectVisible(
      page,
      page.getByRole('heading', { name: cy.patrol.today.hotspots }),
      'Today in Welsh',
    );
    await expectVisible(page, page.getByText(welshToday()), 'today’s date in Welsh');
    await checkScreen('today');

    await page.getByRole('link', { name: cy.patrol.today.seeMap }).click();
    await expectVisible(page, page.getByRole('heading', { name: cy.patrol.map.title, level: 1 }), 'the map');
    await page.locator('.leaflet-control-zoom-in').waitFor({ state: 'attached' });
    await checkScreen('map');
  });

  it("opens a problem's OSARA sections in Welsh", async () => {
    const id = await pushNewProblem(context, {
      title,
      problemType: 'theft_other',
      description: 'Beiciau’n cael eu dwyn o’r rheseli ger y brif fynedfa gyda’r nos.',
      locationText: 'Gorsaf y dref',
    });
    // Opening the app syncs: the problem reaches this phone and shows in the list.
    await page.goto('/problems');
    await expectVisible(page, page.getByRole('link', { name: title }), 'the problem on the phone', 30_000);
    await page.getByRole('link', { name: title }).click();
    await expectVisible(page, page.getByRole('heading', { name: title, level: 1 }), 'the problem', 30_000);
    await checkScreen('problem', problemViewProblems);
    for (const section of ['objective', 'scanning', 'analysis', 'response', 'assessment'] as const) {
      await page.goto(`/problems/${id}/work/${section}`);
      await expectVisible(
        page,
        page.getByRole('heading', { name: cy.vocab.osaraSection[section], exact: true }),
        `the ${section} section in Welsh`,
        30_000,
      );
      await checkScreen(`osara-${section}`);
    }
  });

  it('searches in Welsh', async () => {
    await page.goto(`/search?q=${encodeURIComponent(`beiciau ${token}`)}`);
    await expectVisible(page, page.getByRole('heading', { name: cy.search.heading, level: 1 }), 'search');
    await expectVisible(page, page.getByRole('link', { name: title }), 'the problem found', 30_000);
    await checkScreen('search');
  });

  it('sign-in, capture, my activity, Today, map, the OSARA sections and search were in Welsh and axe-clean', () => {
    expect(problems).toEqual([]);
  });

  // Kept apart from the list above so a failure names the problem's own page
  // (src/client/problems/ui/ProblemView.tsx) on its own.
  it("the problem's page was in Welsh and axe-clean", () => {
    expect(problemViewProblems).toEqual([]);
  });
});
