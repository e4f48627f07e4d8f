import { Link } from 'react-router';
import type { RoleCode } from '#domain/vocabularies';

/** Who sees which screen: the domain access table decides what each screen may show. */
const links: { to: string; label: string; roles: readonly RoleCode[] }[] = [
  { to: '/today', label: 'Today', roles: ['officer', 'supervisor'] },
  { to: '/', label: 'Problems', roles: ['officer', 'supervisor', 'prevention_lead'] },
  { to: '/activity', label: 'My activity', roles: ['officer', 'supervisor'] },
  { to: '/map', label: 'Map', roles: ['officer', 'supervisor', 'prevention_lead'] },
  { to: '/search', label: 'Search', roles: ['officer', 'supervisor', 'prevention_lead'] },
  {
    to: '/good-practice',
    label: 'Good practice',
    roles: ['officer', 'supervisor', 'prevention_lead', 'admin'],
  },
  { to: '/supervisor', label: 'Team overview', roles: ['supervisor'] },
  { to: '/dashboard', label: 'Dashboard', roles: ['prevention_lead'] },
  { to: '/retention', label: 'Retention', roles: ['supervisor'] },
  { to: '/audit', label: 'Audit', roles: ['supervisor', 'admin'] },
  { to: '/admin', label: 'Organisation', roles: ['admin'] },
  { to: '/device', label: 'This device', roles: ['officer', 'supervisor', 'prevention_lead', 'admin'] },
];

export function MainNav({ role }: { role: RoleCode }) {
  return (
    <nav aria-label="Main">
      {(role === 'officer' || role === 'supervisor') && (
        <Link to="/activity/new" className="button primary nav-log">
          Log activity
        </Link>
      )}
      {links
        .filter((link) => link.roles.includes(role))
        .map((link) => (
          <Link key={link.to} to={link.to}>
            {link.label}
          </Link>
        ))}
    </nav>
  );
}
