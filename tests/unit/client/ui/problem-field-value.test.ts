// A problem's field values as people read them in the timeline and in "replaced while syncing"
// notices: dates in the app's one format, codes as their labels.
import { describe, expect, it } from 'vitest';
import { problemFieldValue } from '#client/problems/ui/labels';

describe('problem field values in words', () => {
  it('shows a review date as a date for people, not as stored', () => {
    expect(problemFieldValue('nextReviewDate', '2031-06-30')).toBe('30 Jun 2031');
    expect(problemFieldValue('openedAt', '2026-12-05')).toBe('5 Dec 2026');
  });

  it('leaves other text as typed and says when a value is empty or absent', () => {
    expect(problemFieldValue('locationText', '2031-06-30 Elm St')).toBe('2031-06-30 Elm St');
    expect(problemFieldValue('title', '')).toBe('(empty)');
    expect(problemFieldValue('title', undefined)).toBe('(none)');
  });
});
