// Issue 13, item 6: a value replaced on an action while syncing is shown on the action, with
// "Restore my value" as on a problem; restoring puts it back into the open form.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Action } from '#domain/osara/index';
import type { ConflictNotice, ConflictsRepository } from '#client/app/contract';
import { FakeSession, fakeWorkspace, officer, renderApp } from '../fakes';

afterEach(cleanup);

describe('a replaced value on an action', () => {
  it('is said on the action, and "Restore my value" restores it into the open form', async () => {
    const workspace = fakeWorkspace();
    const problem = await workspace.problems.create({
      teamId: 'north',
      title: 'Parade nuisance',
      problemType: 'asb_youth',
      description: 'Youths by the shops',
      locationText: 'Elm Park',
      status: 'response',
    });
    const action = {
      id: '0190b7a0-0000-7000-8000-0000000000a1',
      version: 4,
      createdAt: '2026-03-01T10:00:00.000Z',
      createdBy: officer.id,
      updatedAt: '2026-03-02T10:00:00.000Z',
      updatedBy: 'u-other',
      deleted: false,
      problemId: problem.id,
      description: 'Ask the council to fix the lights',
      techniques: ['assist_natural_surveillance'],
      lead: { kind: 'officer', userId: officer.id },
      status: 'cancelled',
    } as Action;
    const restored: string[] = [];
    let current: ConflictNotice[] = [
      {
        id: 'c-1',
        collection: 'actions',
        recordId: action.id,
        field: 'status',
        involvement: 'replaced',
        replacedValue: 'in_progress',
        replacedBy: officer.id,
        replacedByName: officer.displayName,
        replacedAt: '2026-03-02T09:00:00.000Z',
        value: 'cancelled',
        currentValue: 'cancelled',
        by: 'u-other',
        byName: 'PC Sam Lee',
        at: '2026-03-02T10:00:00.000Z',
      },
    ];
    const listeners = new Set<(n: ConflictNotice[]) => void>();
    const conflicts: ConflictsRepository = {
      watchForRecord(recordId, onChange) {
        const send = (n: ConflictNotice[]) => {
          onChange(n.filter((x) => x.recordId === recordId));
        };
        listeners.add(send);
        queueMicrotask(() => {
          send(current);
        });
        return () => listeners.delete(send);
      },
      restore(id) {
        restored.push(id);
        current = [];
        for (const l of listeners) l(current);
        return Promise.resolve();
      },
      dismiss: () => Promise.resolve(),
    };
    const actions = {
      watchByProblem: (_id: string, onChange: (a: Action[]) => void) => {
        queueMicrotask(() => {
          onChange([action]);
        });
        return () => undefined;
      },
      watchByTeams: (_ids: readonly string[], onChange: (a: Action[]) => void) => {
        queueMicrotask(() => {
          onChange([action]);
        });
        return () => undefined;
      },
      create: () => Promise.reject(new Error('not used')),
      update: () => Promise.resolve(action),
    };
    Object.assign(workspace, { conflicts, actions });
    const session = new FakeSession();
    session.remembered = workspace;
    renderApp(session, `/problems/${problem.id}/work/response`);

    const notices = await screen.findByRole(
      'region',
      { name: 'Changes to action 1 replaced while syncing' },
      { timeout: 10_000 },
    );
    expect(within(notices).getByText(/Your change to the status was replaced by PC Sam Lee/)).toBeDefined();
    expect(within(notices).getByText(/yours: “In progress”, now: “Cancelled”/)).toBeDefined();

    // Open the action, then restore: the form shows the restored status.
    fireEvent.click(screen.getByRole('button', { expanded: false, name: /Ask the council/ }));
    fireEvent.click(within(notices).getByRole('button', { name: 'Restore my value' }));
    await waitFor(() => {
      expect(restored).toEqual(['c-1']);
    });
    await waitFor(() => {
      expect(screen.queryByRole('region', { name: /replaced while syncing/ })).toBeNull();
    });
    expect(screen.getByRole('button', { expanded: true, name: /In progress/ })).toBeDefined();
  });
});
