// A problem's screens, its timeline, a supervisor's review and the retention queue read in Welsh:
// headings, labels, sentences and vocabulary from cy.json, dates through i18n/format, and none of
// the English these screens show in English.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RetentionItem } from '#domain/retention';
import type { ConflictNotice, ConflictsRepository } from '#client/app/contract';
import type { RetentionRepository } from '#client/audit/contract';
import type { ProblemHistoryView } from '#client/team/contract';
import { setLanguage } from '#client/i18n/index';
import { RetentionDecisionForm } from '#client/retention/ui/RetentionDecisionForm';
import en from '#client/i18n/en.json';
import cy from '#client/i18n/cy.json';
import { FakeSession, fakeWorkspace, officer, renderApp, type FakeWorkspace } from './fakes';

afterEach(cleanup);

const supervisor = { ...officer, id: 'u-100', displayName: 'Sgt Carys Hughes', role: 'supervisor' as const };

async function problemIn(workspace: FakeWorkspace): Promise<string> {
  const problem = await workspace.problems.create({
    teamId: 'north',
    title: 'Yfed ger y llyfrgell',
    problemType: 'street_drinking',
    description: '',
    locationText: 'Gerddi’r llyfrgell',
    status: 'analysis',
  });
  return problem.id;
}

function open(workspace: FakeWorkspace, path: string): void {
  const session = new FakeSession();
  session.remembered = workspace;
  renderApp(session, path);
}

/** Fails naming any of these English messages found on the screen. */
function expectNoEnglish(messages: readonly string[]): void {
  const text = document.body.textContent;
  expect(messages.filter((m) => text.includes(m))).toEqual([]);
}

describe('problem screens in Welsh', () => {
  it('shows a problem in Welsh, with a replaced value said in a Welsh sentence', async () => {
    await setLanguage('cy');
    const workspace = fakeWorkspace();
    const id = await problemIn(workspace);
    const notice: ConflictNotice = {
      id: 'c-1',
      collection: 'problems',
      recordId: id,
      field: 'locationText',
      involvement: 'won',
      replacedValue: 'Y parc',
      replacedBy: 'u-124',
      replacedByName: 'PC Bea Ncube',
      replacedAt: '2026-03-02T09:00:00.000Z',
      value: 'Gerddi’r llyfrgell',
      currentValue: 'Gerddi’r llyfrgell',
      by: officer.id,
      byName: officer.displayName,
      at: '2026-03-02T10:00:00.000Z',
    };
    const conflicts: ConflictsRepository = {
      watchForRecord(recordId, onChange) {
        queueMicrotask(() => {
          onChange(recordId === id ? [notice] : []);
        });
        return () => undefined;
      },
      restore: () => Promise.resolve(),
      dismiss: () => Promise.resolve(),
    };
    workspace.conflicts = conflicts;
    open(workspace, `/problems/${id}`);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Yfed ger y llyfrgell' }, { timeout: 10_000 }),
    ).toBeDefined();
    const notices = await screen.findByRole('region', { name: cy.problems.conflicts.heading });
    expect(
      within(notices).getByText(
        'Lleoliad: disodlodd eich newid chi y gwerth “Y parc” a roddwyd gan PC Bea Ncube',
      ),
    ).toBeDefined();
    expect(within(notices).getByText('2 Maw 2026, 10:00', { exact: false })).toBeDefined();
    expect(within(notices).getByRole('button', { name: cy.problems.conflicts.dismiss })).toBeDefined();
    expect(screen.getByText(cy.problems.fields.problemType)).toBeDefined();
    expect(screen.getByText(cy.vocab.problemType.street_drinking)).toBeDefined();
    expect(screen.getByText(cy.vocab.problemStatus.analysis)).toBeDefined();
    expect(screen.getByText(cy.problems.notYetSynced)).toBeDefined();
    expect(screen.getByText(cy.problems.view.notGiven)).toBeDefined();
    expectNoEnglish([
      en.problems.conflicts.heading,
      en.problems.fields.problemType,
      en.problems.fields.locationText,
      en.problems.view.notGiven,
      en.problems.notYetSynced,
      en.vocab.problemType.street_drinking,
      'Replaced',
    ]);
  });

  it('tells the timeline in Welsh: who did what, and a patrol activity with its Welsh duration', async () => {
    await setLanguage('cy');
    const workspace = fakeWorkspace();
    const id = await problemIn(workspace);
    const view: ProblemHistoryView = {
      entries: [
        {
          id: 'h-1',
          at: '2026-03-01T10:00:00.000Z',
          by: officer.id,
          collection: 'problems',
          recordId: id,
          kind: 'update',
          version: 2,
          fields: ['status'],
          values: { status: 'analysis' },
        },
      ],
      people: [],
      fetchedAt: '2026-03-03T09:30:00.000Z',
      local: [],
      activities: [
        {
          id: 'act-1',
          type: 'patrol',
          startedAt: '2026-03-02T18:00:00.000Z',
          durationMinutes: 75,
          createdBy: officer.id,
          placeText: 'Stryd y Farchnad',
        },
      ],
    };
    workspace.history = {
      watch(_problemId, onChange) {
        queueMicrotask(() => {
          onChange(view);
        });
        return () => undefined;
      },
      refresh: () => Promise.resolve(),
    };
    open(workspace, `/problems/${id}/timeline`);

    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Llinell amser: Yfed ger y llyfrgell' },
        { timeout: 10_000 },
      ),
    ).toBeDefined();
    expect(await screen.findByText('Problem: newidiwyd')).toBeDefined();
    expect(screen.getByText('Statws: y gwerth newydd yw Dadansoddi')).toBeDefined();
    expect(screen.getByText('Gweithgaredd patrôl: Patrôl')).toBeDefined();
    expect(screen.getByText('1 awr 15 mun – lle: Stryd y Farchnad')).toBeDefined();
    expect(screen.getAllByText('gan PC Alex Morgan (chi)').length).toBeGreaterThan(0);
    expect(screen.getByText(/^Pob newid, fel y mae cronfa ddata’r heddlu/)).toBeDefined();
    expectNoEnglish(['Problem changed', 'changed to', 'Patrol activity', ' by ', '(you)', 'minutes']);
  });

  it('offers a supervisor the review in Welsh: kinds, decisions and the save button', async () => {
    await setLanguage('cy');
    const workspace = fakeWorkspace({}, supervisor);
    const id = await problemIn(workspace);
    open(workspace, `/supervisor/review/${id}`);

    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Adolygiad: Yfed ger y llyfrgell' },
        { timeout: 10_000 },
      ),
    ).toBeDefined();
    expect(screen.getByRole('group', { name: cy.supervision.review.kindLegend })).toBeDefined();
    expect(screen.getByLabelText(cy.vocab.reviewKind.stage)).toBeDefined();
    expect(screen.getByLabelText(cy.vocab.reviewKind.closure)).toBeDefined();
    const decision = screen.getByLabelText(cy.supervision.review.decision);
    expect(
      within(decision).getByRole('option', { name: cy.supervision.review.chooseDecision }),
    ).toBeDefined();
    expect(
      within(decision).getByRole('option', { name: cy.vocab.reviewDecision.approve_stage }),
    ).toBeDefined();
    expect(screen.getByRole('button', { name: cy.supervision.review.save })).toBeDefined();
    expectNoEnglish([
      en.supervision.review.kindLegend,
      en.vocab.reviewKind.stage,
      en.supervision.review.save,
    ]);
  });

  it('tells a supervisor what is missing in Welsh beside the field, keeping what is typed', async () => {
    await setLanguage('cy');
    const workspace = fakeWorkspace({}, supervisor);
    const id = await problemIn(workspace);
    open(workspace, `/supervisor/review/${id}`);
    await screen.findByRole(
      'heading',
      { level: 1, name: 'Adolygiad: Yfed ger y llyfrgell' },
      { timeout: 10_000 },
    );
    fireEvent.change(screen.getByLabelText(cy.supervision.review.nextReviewDate), {
      target: { value: '2027-01-15' },
    });

    fireEvent.click(screen.getByRole('button', { name: cy.supervision.review.save }));

    // (the empty choice in the list reads the same, so the message is found as the paragraph it is)
    const noDecision = await screen.findByText(cy.validation.choose_decision, { selector: 'p' });
    const decision = screen.getByLabelText(cy.supervision.review.decision);
    expect(decision.getAttribute('aria-invalid')).toBe('true');
    expect(decision.getAttribute('aria-describedby')).toBe(noDecision.id);

    // Asking for changes without saying which: the Welsh message sits under Comments.
    fireEvent.change(decision, { target: { value: 'request_changes' } });
    fireEvent.click(screen.getByRole('button', { name: cy.supervision.review.save }));

    const noComments = await screen.findByText(cy.validation.say_what_to_change);
    const comments = screen.getByLabelText(cy.supervision.review.comments);
    expect(comments.getAttribute('aria-invalid')).toBe('true');
    expect(comments.getAttribute('aria-describedby')).toContain(noComments.id);
    expect(screen.getByLabelText<HTMLSelectElement>(cy.supervision.review.decision).value).toBe(
      'request_changes',
    );
    expect(screen.getByLabelText<HTMLInputElement>(cy.supervision.review.nextReviewDate).value).toBe(
      '2027-01-15',
    );
    expectNoEnglish([en.validation.choose_decision, en.validation.say_what_to_change]);
  });
});

describe('retention in Welsh', () => {
  const item: RetentionItem = {
    problemId: 'p1',
    reference: 'PS-2020-000001',
    title: 'Graffiti, Lôn y Felin',
    teamId: 'north',
    closedAt: '2020-01-01T00:00:00.000Z',
    reviewDue: '2026-01-01',
    due: true,
    lastDecision: null,
  };

  it('says the review period with the Welsh dual form, and dates in Welsh', async () => {
    await setLanguage('cy');
    const retention: RetentionRepository = {
      queue: () => Promise.resolve({ items: [item], retentionYears: 2 }),
      decide: () => Promise.reject(new Error('not used')),
    };
    const workspace = fakeWorkspace({ retention }, supervisor);
    open(workspace, '/retention');

    expect(
      await screen.findByRole('heading', { level: 1, name: cy.retention.heading }, { timeout: 10_000 }),
    ).toBeDefined();
    expect(await screen.findByText(/2 flynedd ar ôl iddi gau/)).toBeDefined();
    expect(screen.getByText('Caewyd 1 Ion 2020. Roedd yr adolygiad yn ddyledus 1 Ion 2026.')).toBeDefined();
    expect(screen.getByLabelText(cy.retention.showAll)).toBeDefined();
    expectNoEnglish([en.retention.heading, 'years after', 'Closed 2020', en.retention.form.retain]);
  });

  it('asks for the reason in Welsh before a decision', async () => {
    await setLanguage('cy');
    const retention: RetentionRepository = {
      queue: () => Promise.resolve({ items: [], retentionYears: 6 }),
      decide: () => Promise.reject(new Error('not used')),
    };
    render(<RetentionDecisionForm item={item} retention={retention} onDecided={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: cy.retention.form.retain }));
    expect(screen.getByRole('alert').textContent).toBe(cy.retention.form.reasonMissing);
    fireEvent.change(screen.getByLabelText(cy.retention.form.reason), {
      target: { value: 'Wedi dod i ben' },
    });
    fireEvent.click(screen.getByRole('button', { name: cy.retention.form.erase }));
    expect(screen.getByRole('alert').textContent).toContain(cy.retention.form.eraseWarning);
    expect(screen.getByRole('button', { name: cy.retention.form.eraseNow })).toBeDefined();
  });
});
