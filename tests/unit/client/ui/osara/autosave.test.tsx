import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '#client/i18n/index';
import cy from '#client/i18n/cy.json';
import { FakeSession, FakeWorkspace, fakeWorkspace, renderApp } from '../fakes';

afterEach(cleanup);

async function openSection(
  section: string,
  status: 'scanning' | 'analysis' = 'scanning',
): Promise<{ workspace: FakeWorkspace; id: string }> {
  const workspace = fakeWorkspace();
  const problem = await workspace.problems.create({
    teamId: 'north',
    title: 'Parade nuisance',
    problemType: 'asb_youth',
    description: 'Youths by the shops',
    locationText: 'Elm Park',
    status,
  });
  const session = new FakeSession();
  session.remembered = workspace;
  renderApp(session, `/problems/${problem.id}/work/${section}`);
  await screen.findByRole(
    'heading',
    { level: 2, name: /^objective$|^scanning$|^amcan$|^sganio$/i },
    { timeout: 10_000 },
  );
  return { workspace, id: problem.id };
}

describe('OSARA section autosave', () => {
  it('saves the whole section within a second of typing, and says so quietly', async () => {
    const { workspace } = await openSection('objective');
    fireEvent.change(screen.getByLabelText('Impact you are aiming for'), { target: { value: 'eliminate' } });
    fireEvent.change(screen.getByLabelText('Success measure'), {
      target: { value: 'No calls for 3 months' },
    });
    await waitFor(
      () => {
        expect(workspace.problems.problems[0]?.objective).toMatchObject({
          impact: 'eliminate',
          successMeasure: 'No calls for 3 months',
        });
      },
      { timeout: 1_000 },
    );
    expect(await screen.findByText('Saved on this device')).toBeDefined();
  });

  it('keeps an out-of-range target on screen with a message, and saves the rest', async () => {
    const { workspace } = await openSection('objective');
    fireEvent.change(screen.getByLabelText('Impact you are aiming for'), {
      target: { value: 'reduce_by_percent' },
    });
    fireEvent.change(await screen.findByLabelText('Target reduction (%)'), { target: { value: '150' } });
    fireEvent.change(screen.getByLabelText('Success measure'), { target: { value: 'Fewer calls' } });
    expect(screen.getByText('Enter a percentage between 1 and 100')).toBeDefined();
    expect(screen.getByLabelText<HTMLInputElement>('Target reduction (%)').value).toBe('150');
    fireEvent.blur(screen.getByLabelText('Success measure'));
    await waitFor(() => {
      expect(workspace.problems.problems[0]?.objective).toMatchObject({
        impact: 'reduce_by_percent',
        successMeasure: 'Fewer calls',
      });
    });
    expect(workspace.problems.problems[0]?.objective?.targetPercent).toBeUndefined();
  });

  it('words the message beside an out-of-range target in Welsh for a Welsh officer', async () => {
    await setLanguage('cy');
    await openSection('objective');
    fireEvent.change(screen.getByLabelText(cy.osara.objective.impact), {
      target: { value: 'reduce_by_percent' },
    });
    fireEvent.change(await screen.findByLabelText(cy.osara.objective.targetPercent), {
      target: { value: '150' },
    });
    expect(await screen.findByText(cy.validation.percent_range)).toBeDefined();
    expect(document.body.textContent).not.toContain('Enter a percentage between 1 and 100');
  });

  it('shows in words why the problem cannot move on yet', async () => {
    await openSection('scanning', 'analysis');
    fireEvent.click(screen.getByRole('link', { name: 'All sections' }));
    const move = await screen.findByRole('button', { name: 'Move to Response' });
    expect(move.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText('Set a success measure before moving to Response.')).toBeDefined();
  });
});
