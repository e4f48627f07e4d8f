import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Problem } from '#domain/records';
import { FakeSession, FakeWorkspace, fakeWorkspace, officer, renderApp } from './fakes';

afterEach(cleanup);

const problem: Problem = {
  id: '0190b7a0-0000-7000-8000-000000000001',
  version: 3,
  reference: 'PS-2026-000001',
  createdAt: '2026-03-01T10:00:00.000Z',
  createdBy: officer.id,
  updatedAt: '2026-03-02T10:00:00.000Z',
  updatedBy: officer.id,
  deleted: false,
  teamId: 'north',
  title: 'Refused title',
  problemType: 'street_drinking',
  description: 'What the officer typed',
  locationText: 'Library gardens',
  status: 'scanning',
};

async function openAttention(): Promise<FakeWorkspace> {
  const workspace = fakeWorkspace();
  workspace.problems.problems.push(problem);
  workspace.attention = [
    {
      mutationId: 'm-1',
      collection: 'problems',
      recordId: problem.id,
      code: 'forbidden',
      message: 'You are not allowed to change this record.',
      changes: { title: 'Refused title' },
      at: '2026-03-02T10:00:00.000Z',
    },
  ];
  const session = new FakeSession();
  session.remembered = workspace;
  renderApp(session, '/attention');
  // The officer reads the code's words in their language, not the server's own text.
  await screen.findByText('You do not have access to this.', undefined, { timeout: 10_000 });
  return workspace;
}

describe('changes that need attention', () => {
  it('"Fix and resend" opens the edit form with the local data; Save resends and clears the item', async () => {
    const workspace = await openAttention();
    fireEvent.click(screen.getByRole('link', { name: 'Fix and resend' }));

    await screen.findByRole('heading', { level: 1, name: 'Fix and resend' }, { timeout: 10_000 });
    expect(screen.getByLabelText<HTMLInputElement>('Title').value).toBe('Refused title');
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Corrected title' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Nothing needs attention.')).toBeDefined();
    expect(workspace.resolved).toEqual(['m-1']);
    expect(workspace.discarded).toEqual([]);
    expect(workspace.problems.problems[0]?.title).toBe('Corrected title');
  });

  it('"Discard" asks first; "Keep it" keeps the change, "Discard change" discards it', async () => {
    const workspace = await openAttention();
    fireEvent.click(screen.getByRole('button', { name: /^Discard: / }));

    const question = screen.getByRole('group', { name: /Discard this change\?/ });
    expect(question).toBeDefined();
    const keep = screen.getByRole('button', { name: 'Keep it' });
    await waitFor(() => {
      expect(document.activeElement).toBe(keep);
    });
    fireEvent.click(keep);
    expect(screen.queryByRole('group', { name: /Discard this change\?/ })).toBeNull();
    expect(workspace.discarded).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: /^Discard: / }));
    fireEvent.click(screen.getByRole('button', { name: 'Discard change' }));

    expect(await screen.findByText('Nothing needs attention.')).toBeDefined();
    expect(workspace.discarded).toEqual(['m-1']);
    expect(workspace.resolved).toEqual([]);
  });
});
