import { Link } from 'react-router';
import { useWorkspace } from '#client/app/store';
import { destinationLabel, navFor } from '#client/app/shell/destinations';
import { Trans, useT } from '#client/i18n/index';
import { LanguageSwitch } from '#client/i18n/LanguageSwitch';
import { SignOutButton } from '#client/app/shell/SignOutButton';
import { ThemeChoice } from './ThemeChoice';

/** "More": who is signed in, the destinations that do not fit the phone's bar, settings, sign out. */
export function MoreScreen() {
  const t = useT();
  const { me } = useWorkspace();
  const { rest } = navFor(me.role);
  const teams = me.teams.map((team) => team.name).join(', ');
  return (
    <>
      <title>{t('app.title', { screen: t('app.more.title') })}</title>
      <h1>{t('app.more.title')}</h1>
      <p className="signed-in-as">
        <Trans
          t={t}
          i18nKey={teams === '' ? 'app.more.signedInAs' : 'app.more.signedInAsWithTeams'}
          values={{ name: me.displayName, teams }}
          components={{ strong: <strong /> }}
        />
      </p>
      <ul className="more-list">
        {rest.map((destination) => (
          <li key={destination.to}>
            <Link to={destination.to}>{destinationLabel(t, destination)}</Link>
          </li>
        ))}
      </ul>
      <p>
        <Link to="/more/accessibility">{t('accessibility.title')}</Link>
      </p>
      <h2>{t('app.more.settings')}</h2>
      <LanguageSwitch />
      <ThemeChoice />
      <div className="more-sign-out">
        <SignOutButton />
      </div>
    </>
  );
}
