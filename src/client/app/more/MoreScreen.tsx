import { Link } from 'react-router';
import { useWorkspace } from '#client/app/store';
import { navFor } from '#client/app/shell/destinations';
import { SignOutButton } from '#client/app/shell/SignOutButton';
import { ThemeChoice } from './ThemeChoice';

/** "More": who is signed in, the destinations that do not fit the phone's bar, settings, sign out. */
export function MoreScreen() {
  const { me } = useWorkspace();
  const { rest } = navFor(me.role);
  const teams = me.teams.map((team) => team.name).join(', ');
  return (
    <>
      <title>More — Beatbook</title>
      <h1>More</h1>
      <p className="signed-in-as">
        Signed in as <strong>{me.displayName}</strong>
        {teams !== '' && <>, {teams}</>}
      </p>
      <ul className="more-list">
        {rest.map((destination) => (
          <li key={destination.to}>
            <Link to={destination.to}>{destination.label}</Link>
          </li>
        ))}
      </ul>
      <h2>Settings</h2>
      <ThemeChoice />
      <div className="more-sign-out">
        <SignOutButton />
      </div>
    </>
  );
}
