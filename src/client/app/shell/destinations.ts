// Where each role can go, and which of those fit the phone's bottom bar (at most five, "More"
// included). Tablets and desktops show every destination in a side rail; on a phone the rest are
// listed on the "More" screen. The domain access table decides what each screen may show.
import type { RoleCode } from '#domain/vocabularies';
import type { TFunction } from '#client/i18n/index';
import type en from '#client/i18n/en.json';

/** A destination's name: its key under shell.nav in the catalogues. */
export type NavLabel = keyof typeof en.shell.nav;

export interface Destination {
  to: string;
  label: NavLabel;
  /** Paths that mark this destination as the current one ('/' only matches exactly). */
  match: readonly string[];
  /** The phone bar's prominent action (Log activity). */
  primary?: boolean;
}

const d = (to: string, label: NavLabel, match: readonly string[] = [to]): Destination => ({
  to,
  label,
  match,
});

const today = d('/today', 'today');
const problems = d('/problems', 'problems', ['/', '/problems']);
const logActivity: Destination = { ...d('/activity/new', 'logActivity'), primary: true };
const search = d('/search', 'search');
const team = d('/supervisor', 'team', ['/supervisor']);
const dashboard = d('/dashboard', 'dashboard');
const goodPractice = d('/good-practice', 'goodPractice');
const organisation = d('/admin', 'organisation');
const audit = d('/audit', 'audit');
const myActivity = d('/activity', 'myActivity');
const map = d('/map', 'map');
const retention = d('/retention', 'retention');
export const device = d('/device', 'device');
export const more = d('/more', 'more');

/** The destination's name in the language in use. */
export function destinationLabel(t: TFunction, destination: Destination): string {
  return t(`shell.nav.${destination.label}`);
}

interface RoleNav {
  /** The first screen after signing in: one with something in it for this role. */
  home: string;
  /** In the phone's bottom bar, before "More". */
  bar: readonly Destination[];
  /** On the "More" screen (and in the side rail after the bar's). */
  rest: readonly Destination[];
}

const navs: Record<RoleCode, RoleNav> = {
  officer: {
    home: '/',
    bar: [today, problems, logActivity, search],
    rest: [myActivity, map, goodPractice, device],
  },
  supervisor: {
    home: '/',
    bar: [team, problems, logActivity, today],
    rest: [search, myActivity, map, goodPractice, retention, audit, device],
  },
  prevention_lead: {
    home: '/dashboard',
    bar: [dashboard, problems, goodPractice, search],
    rest: [map, device],
  },
  admin: {
    home: '/admin',
    bar: [organisation, audit, goodPractice],
    rest: [device],
  },
};

export function navFor(role: RoleCode): RoleNav {
  return navs[role];
}

/** Whether `pathname` is the destination or a screen inside it. */
export function matches(destination: Destination, pathname: string): boolean {
  return destination.match.some((prefix) =>
    prefix === '/' ? pathname === '/' : pathname === prefix || pathname.startsWith(`${prefix}/`),
  );
}

/** The one destination to mark as current: the most specific that matches. */
export function currentDestination(all: readonly Destination[], pathname: string): Destination | undefined {
  return all
    .filter((destination) => matches(destination, pathname))
    .sort((a, b) => b.to.length - a.to.length)[0];
}
