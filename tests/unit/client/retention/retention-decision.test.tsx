// The retention decision on one problem: Retain and Erase apart in their own row, and Erase
// only after a confirmation that says what it does.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RetentionDecision, RetentionItem } from '#domain/retention';
import type { RetentionRepository } from '#client/audit/contract';
import { RetentionDecisionForm } from '#client/retention/ui/RetentionDecisionForm';

afterEach(cleanup);

const item: RetentionItem = {
  problemId: 'p1',
  reference: 'PS-2020-000001',
  title: 'Graffiti, Mill Lane',
  teamId: 'north',
  closedAt: '2020-01-01T00:00:00.000Z',
  reviewDue: '2026-01-01',
  due: true,
  lastDecision: null,
};

function repository(): RetentionRepository & { decisions: RetentionDecision[] } {
  const decisions: RetentionDecision[] = [];
  return {
    decisions,
    queue: () => Promise.resolve({ items: [], retentionYears: 6 }),
    decide: (_id, decision) => {
      decisions.push(decision);
      return Promise.resolve({ problemId: 'p1', decision: decision.decision } as never);
    },
  };
}

describe('the retention decision', () => {
  it('puts Retain and Erase in one spaced row, and erases only after "Erase now"', async () => {
    const repo = repository();
    render(<RetentionDecisionForm item={item} retention={repo} onDecided={() => undefined} />);
    const retain = screen.getByRole('button', { name: 'Retain' });
    const erase = screen.getByRole('button', { name: 'Erase…' });
    expect(retain.parentElement).toBe(erase.parentElement);
    expect(retain.parentElement?.className).toBe('retention-buttons');

    fireEvent.change(screen.getByLabelText('Reason (no names)'), { target: { value: 'Past its time' } });
    fireEvent.click(erase);
    expect(repo.decisions).toEqual([]);
    expect(screen.getByRole('alert').textContent).toContain('It cannot be undone.');
    expect(screen.queryByRole('button', { name: 'Erase…' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(repo.decisions).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Erase…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Erase now' }));
    await waitFor(() => {
      expect(repo.decisions).toEqual([{ decision: 'erase', reason: 'Past its time' }]);
    });
  });
});
