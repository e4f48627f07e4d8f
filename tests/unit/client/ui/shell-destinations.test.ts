import { describe, expect, it } from 'vitest';
import { currentDestination, more, navFor } from '#client/app/shell/destinations';
import { upFrom } from '#client/app/shell/TopBar';
import { roles } from '#domain/vocabularies';

describe('the shell’s destinations', () => {
  it('gives every role at most five in the phone bar, "More" included, and a home with something in it', () => {
    for (const { code } of roles) {
      const nav = navFor(code);
      expect(nav.bar.length + 1).toBeLessThanOrEqual(5);
    }
    expect(navFor('officer').bar.map((d) => d.label)).toEqual([
      'Today',
      'Problems',
      'Log activity',
      'Search',
    ]);
    expect(navFor('supervisor').bar.map((d) => d.label)).toContain('Team');
    expect(navFor('prevention_lead').bar.map((d) => d.label)).toEqual(
      expect.arrayContaining(['Dashboard', 'Good practice']),
    );
    // Neither lands on an empty "My team's problems": they have no team of their own.
    expect(navFor('prevention_lead').home).toBe('/dashboard');
    expect(navFor('admin').home).toBe('/admin');
  });

  it('marks the most specific destination as current', () => {
    const { bar, rest } = navFor('officer');
    const all = [...bar, ...rest, more];
    expect(currentDestination(all, '/')?.label).toBe('Problems');
    expect(currentDestination(all, '/problems/abc/analysis')?.label).toBe('Problems');
    expect(currentDestination(all, '/activity/new')?.label).toBe('Log activity');
    expect(currentDestination(all, '/activity')?.label).toBe('My activity');
    expect(currentDestination(all, '/activity/42')?.label).toBe('My activity');
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
