// The accessibility statement: reachable before signing in (from the sign-in screen) and from More,
// in the language in use, with the parts the GOV.UK format asks for.
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '#client/i18n/index';
import en from '#client/i18n/en.json';
import cy from '#client/i18n/cy.json';
import { FakeSession, fakeWorkspace, renderApp } from './fakes';

afterEach(cleanup);

describe('accessibility statement', () => {
  it('opens from the sign-in screen without signing in, with every required part', async () => {
    const session = new FakeSession();
    renderApp(session, '/sign-in');
    fireEvent.click(await screen.findByRole('link', { name: en.accessibility.title }));

    expect(await screen.findByRole('heading', { level: 1, name: en.accessibility.title })).toBeDefined();
    for (const heading of [
      en.accessibility.howHeading,
      en.accessibility.contactHeading,
      en.accessibility.enforcementHeading,
      en.accessibility.technicalHeading,
      en.accessibility.complianceHeading,
      en.accessibility.nonAccessibleHeading,
      en.accessibility.preparedHeading,
    ]) {
      expect(screen.getByRole('heading', { name: heading })).toBeDefined();
    }
    expect(document.body.textContent).toContain('Equality Advisory and Support Service');
    expect(document.body.textContent).toContain('WCAG 2.2');
    expect(document.body.textContent).toMatch(/This statement was prepared on Saturday,? 5 December 2026./);
    expect(session.attempts).toEqual([]);
    fireEvent.click(screen.getByRole('link', { name: en.accessibility.back }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to Beatbook' })).toBeDefined();
  });

  it('opens from More when signed in, and reads in Welsh when Welsh is chosen', async () => {
    const session = new FakeSession();
    session.remembered = fakeWorkspace();
    await setLanguage('cy');
    renderApp(session, '/more');
    fireEvent.click(await screen.findByRole('link', { name: cy.accessibility.title }, { timeout: 10_000 }));

    expect(await screen.findByRole('heading', { level: 1, name: cy.accessibility.title })).toBeDefined();
    expect(screen.getByRole('heading', { name: cy.accessibility.enforcementHeading })).toBeDefined();
    expect(document.body.textContent).toContain('Gwasanaeth Cynghori a Chymorth Cydraddoldeb');
    expect(document.body.textContent).not.toContain(en.accessibility.intro);
    expect(screen.getByRole('link', { name: cy.accessibility.back }).getAttribute('href')).toBe('/more');
  });
});
