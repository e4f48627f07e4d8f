// Small records for the search tests.
import type { Action } from '#domain/osara/actions';
import type { Published } from '#domain/good-practice/published';
import type { Problem } from '#domain/records';

let counter = 0;
const nextId = (): string => `0190a5c0-0000-7000-8000-${String((counter += 1)).padStart(12, '0')}`;

const envelope = (at: string) => ({
  version: 1,
  createdAt: at,
  createdBy: 'pc123',
  updatedAt: at,
  updatedBy: 'pc123',
  deleted: false,
});

export function problem(overrides: Partial<Problem> = {}): Problem {
  return {
    id: nextId(),
    ...envelope('2025-03-01T10:00:00.000Z'),
    teamId: 'north',
    title: 'A problem',
    problemType: 'other',
    description: '',
    locationText: '',
    status: 'scanning',
    reference: null,
    ...overrides,
  };
}

export function action(problemId: string, overrides: Partial<Action> = {}): Action {
  return {
    id: nextId(),
    ...envelope('2025-03-02T10:00:00.000Z'),
    problemId,
    description: 'An action',
    techniques: ['enforcement'],
    lead: { kind: 'officer', userId: 'pc123' },
    status: 'done',
    ...overrides,
  };
}

export function published(overrides: Partial<Published> = {}): Published {
  return {
    id: nextId(),
    ...envelope('2026-01-10T10:00:00.000Z'),
    problemId: nextId(),
    reference: 'PS-2025-000042',
    title: 'Published copy',
    problemType: 'other',
    summary: '',
    body: {},
    ...overrides,
  };
}
