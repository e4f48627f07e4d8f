// The prevention dashboard reads in the language in use: headings, Welsh plurals, vocabulary
// labels and numbers come from the catalogues and i18n/format, none of it hard-coded English.
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Problem } from '#domain/records';
import type { DashboardData } from '#client/dashboard/contract';
import { setLanguage } from '#client/i18n/index';
import en from '#client/i18n/en.json';
import cy from '#client/i18n/cy.json';
import { FakeSession, fakeWorkspace, officer, renderApp } from './fakes';

afterEach(cleanup);

function problem(n: number): Problem {
  return {
    id: `0190b7a0-0000-7000-8000-00000000000${String(n)}`,
    version: 1,
    reference: `PS-2026-00000${String(n)}`,
    createdAt: '2026-03-01T10:00:00.000Z',
    createdBy: officer.id,
    updatedAt: '2026-03-01T10:00:00.000Z',
    updatedBy: officer.id,
    deleted: false,
    teamId: 'north',
    title: `Problem ${String(n)}`,
    problemType: 'street_drinking',
    description: '',
    locationText: '',
    status: 'scanning',
  };
}

function openDashboard(): void {
  const data: DashboardData = {
    problems: [problem(1), problem(2)],
    actions: [],
    evaluations: [],
    nominations: [],
    reviews: [],
  };
  const workspace = fakeWorkspace({}, { ...officer, role: 'prevention_lead' });
  workspace.dashboard = {
    watch: (onChange) => {
      onChange(data);
      return () => undefined;
    },
  };
  const session = new FakeSession();
  session.remembered = workspace;
  renderApp(session, '/dashboard');
}

describe('prevention dashboard', () => {
  it('reads in Welsh, with the Welsh dual form for two problems', async () => {
    await setLanguage('cy');
    openDashboard();
    expect(
      await screen.findByRole('heading', { level: 1, name: cy.dashboard.title }, { timeout: 10_000 }),
    ).toBeDefined();
    expect(await screen.findByText(cy.dashboard.intro_two)).toBeDefined();
    expect(screen.getByRole('table', { name: cy.dashboard.byType })).toBeDefined();
    expect(document.body.textContent).toContain(cy.dashboard.noNominations);
    for (const english of [
      en.dashboard.title,
      en.dashboard.byType,
      en.dashboard.category,
      en.dashboard.noNominations,
    ]) {
      expect(document.body.textContent).not.toContain(english);
    }
  });

  it('reads in English with the English plural', async () => {
    openDashboard();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Prevention dashboard' }, { timeout: 10_000 }),
    ).toBeDefined();
    expect(await screen.findByText(/^2 problems on this device\./)).toBeDefined();
  });
});
