import type { CSSProperties } from 'react';
import { Link, useLocation } from 'react-router';
import type { RoleCode } from '#domain/vocabularies';
import { useT } from '#client/i18n/index';
import { currentDestination, destinationLabel, more, navFor, type Destination } from './destinations';
import { SignOutButton } from './SignOutButton';

/**
 * The longest word of a label, for the phone bar's shrink-to-fit (shell.css): a label grows with
 * the officer's text size until its longest word fills its column, and never spills into the next.
 */
export function labelFit(label: string): CSSProperties {
  const chars = Math.max(1, ...label.split(/\s+/).map((word) => word.length));
  return { '--nav-chars': chars } as CSSProperties;
}

function NavItem({
  destination,
  current,
  className,
}: {
  destination: Destination;
  current: boolean;
  className: string;
}) {
  const t = useT();
  const label = destinationLabel(t, destination);
  return (
    <li className={className}>
      <Link
        to={destination.to}
        className={destination.primary === true ? 'nav-link nav-link--primary' : 'nav-link'}
        aria-current={current ? 'page' : undefined}
        style={labelFit(label)}
      >
        {label}
      </Link>
    </li>
  );
}

/**
 * One navigation for every width: on a phone the bar's destinations and "More" sit at the bottom;
 * from 768 px the same list is a side rail with every destination and "Sign out" (CSS hides what
 * does not belong, so each link exists once for assistive technology).
 */
export function MainNav({ role }: { role: RoleCode }) {
  const t = useT();
  const { pathname } = useLocation();
  const { bar, rest } = navFor(role);
  const current = currentDestination([...bar, ...rest, more], pathname);
  // On a phone a destination listed under "More" marks "More" as where the officer is.
  const moreCurrent = current === more || (current !== undefined && rest.includes(current));
  return (
    <nav aria-label={t('shell.mainNav')} className="main-nav">
      <ul className="main-nav__list">
        {bar.map((destination) => (
          <NavItem
            key={destination.to}
            destination={destination}
            current={current === destination}
            className="main-nav__item"
          />
        ))}
        {rest.map((destination) => (
          <NavItem
            key={destination.to}
            destination={destination}
            current={current === destination}
            className="main-nav__item main-nav__item--rail"
          />
        ))}
        <li className="main-nav__item main-nav__item--phone">
          <Link
            to={more.to}
            className="nav-link"
            aria-current={moreCurrent ? 'page' : undefined}
            style={labelFit(destinationLabel(t, more))}
          >
            {destinationLabel(t, more)}
          </Link>
        </li>
        <li className="main-nav__item main-nav__item--rail main-nav__sign-out">
          <SignOutButton />
        </li>
      </ul>
    </nav>
  );
}
