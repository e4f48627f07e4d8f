import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Action, ActionFields } from '#domain/osara/index';
import { FakeSession, FakeWorkspace, fakeWorkspace, officer, renderApp } from '../fakes';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

/** Just enough of the actions repository for the Response section. */
class FakeActions {
  readonly created: ActionFields[] = [];
  watchByProblem(_problemId: string, onChange: (actions: Action[]) => void) {
    queueMicrotask(() => {
      onChange([]);
    });
    return () => undefined;
  }
  watchByTeams(_teamIds: readonly string[], onChange: (actions: Action[]) => void) {
    queueMicrotask(() => {
      onChange([]);
    });
    return () => undefined;
  }
  create(fields: ActionFields): Promise<Action> {
    this.created.push(fields);
    return Promise.resolve({ ...fields, id: `a-${String(this.created.length)}` } as unknown as Action);
  }
  update(): Promise<Action> {
    return Promise.reject(new Error('not used'));
  }
}

async function setUp(): Promise<{ workspace: FakeWorkspace; actions: FakeActions; id: string }> {
  const workspace = fakeWorkspace();
  const actions = new FakeActions();
  Object.assign(workspace, { actions });
  const problem = await workspace.problems.create({
    teamId: 'north',
    title: 'Parade nuisance',
    problemType: 'asb_youth',
    description: 'Youths by the shops',
    locationText: 'Elm Park',
    status: 'response',
  });
  return { workspace, actions, id: problem.id };
}

function open(workspace: FakeWorkspace, path: string): void {
  const session = new FakeSession();
  session.remembered = workspace;
  renderApp(session, path);
}

describe('drafts that are not records yet are kept on this device', () => {
  it('keeps a half-typed new action across an unmount and remount', async () => {
    const { workspace, id } = await setUp();
    open(workspace, `/problems/${id}/work/response`);
    fireEvent.change(await screen.findByLabelText('What will be done', {}, { timeout: 10_000 }), {
      target: { value: 'Ask the council for better lighting' },
    });
    cleanup();

    open(workspace, `/problems/${id}/work/response`);
    const description = await screen.findByLabelText<HTMLTextAreaElement>(
      'What will be done',
      {},
      { timeout: 10_000 },
    );
    expect(description.value).toBe('Ask the council for better lighting');
    // Namespaced by user and problem.
    expect(Object.keys(localStorage).some((k) => k.includes(officer.id) && k.includes(id))).toBe(true);
  });

  it('clears the new-action draft once the action is created', async () => {
    const { workspace, actions, id } = await setUp();
    open(workspace, `/problems/${id}/work/response`);
    fireEvent.change(await screen.findByLabelText('What will be done', {}, { timeout: 10_000 }), {
      target: { value: 'Cut back the hedge' },
    });
    fireEvent.click(screen.getAllByRole('checkbox')[0] as HTMLElement);
    fireEvent.click(screen.getByRole('button', { name: 'Add action' }));
    await waitFor(() => {
      expect(actions.created).toHaveLength(1);
    });
    await waitFor(() => {
      expect(Object.keys(localStorage).filter((k) => k.startsWith('beatbook.draft'))).toEqual([]);
    });
  });

  it('keeps a half-filled person row across an unmount and remount', async () => {
    const { workspace, id } = await setUp();
    open(workspace, `/problems/${id}/work/governance`);
    fireEvent.click(await screen.findByRole('button', { name: 'Add a person' }, { timeout: 10_000 }));
    fireEvent.change(screen.getByLabelText('Reference'), { target: { value: 'NICHE-42' } });
    cleanup();

    open(workspace, `/problems/${id}/work/governance`);
    const reference = await screen.findByLabelText<HTMLInputElement>('Reference', {}, { timeout: 10_000 });
    expect(reference.value).toBe('NICHE-42');
    // The section itself still holds complete rows only.
    expect(workspace.problems.problems[0]?.governance?.persons ?? []).toEqual([]);
  });
});
