import { describe, expect, it } from 'vitest';
import {
  currentDestination,
  destinationLabel,
  more,
  navFor,
  type Destination,
} from '#client/app/shell/destinations';
import { t } from '#client/i18n/index';
import { upFrom } from '#client/app/shell/TopBar';
import { roles } from '#domain/vocabularies';

const label = (d: Destination | undefined): string | undefined =>
  d === undefined ? undefined : destinationLabel(t, d);

describe('the shell’s destinations', () => {
  it('gives every role at most five in the phone bar, "More" included, and a home with something in it', () => {
    for (const { code } of roles) {
      const nav = navFor(code);
      expect(nav.bar.length + 1).toBeLessThanOrEqual(5);
    }
    expect(navFor('officer').bar.map((d) => destinationLabel(t, d))).toEqual([
      'Today',
      'Problems',
      'Log activity',
      'Search',
    ]);
    expect(navFor('supervisor').bar.map((d) => destinationLabel(t, d))).toContain('Team');
    expect(navFor('prevention_lead').bar.map((d) => destinationLabel(t, d))).toEqual(
      expect.arrayContaining(['Dashboard', 'Good practice']),
    );
    // Neither lands on an empty "My team's problems": they have no team of their own.
    expect(navFor('prevention_lead').home).toBe('/dashboard');
    expect(navFor('admin').home).toBe('/admin');
  });

  it('marks the most specific destination as current', () => {
    const { bar, rest } = navFor('officer');
    const all = [...bar, ...rest, more];
    expect(label(currentDestination(all, '/'))).toBe('Problems');
    expect(label(currentDestination(all, '/problems/abc/analysis'))).toBe('Problems');
    expect(label(currentDestination(all, '/activity/new'))).toBe('Log activity');
    expect(label(currentDestination(all, '/activity'))).toBe('My activity');
    expect(label(currentDestination(all, '/activity/42'))).toBe('My activity');
    expect(currentDestination(all, '/attention')).toBeUndefined();
  });

  it('offers "Back" only below a destination', () => {
    expect(upFrom('/', 'officer')).toBeNull();
    expect(upFrom('/today', 'officer')).toBeNull();
    expect(upFrom('/problems/abc', 'officer')).toBe('/problems');
    expect(upFrom('/problems/abc/analysis', 'officer')).toBe('/problems/abc');
    expect(upFrom('/device', 'officer')).toBe('/more');
    expect(upFrom('/dashboard', 'prevention_lead')).toBeNull();
  });
});
