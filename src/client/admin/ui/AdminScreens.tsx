// The organisation an admin runs: users, teams and areas, at /admin, /admin/teams and
// /admin/areas. Each change goes straight to the force database (organisation data is not kept
// on devices), so these screens need a connection and say so when there is none.
import { NavLink, Route, Routes } from 'react-router';
import { useWorkspace } from '#client/app/store';
import { useT } from '#client/i18n/index';
import { AreasScreen } from './AreasScreen';
import { TeamsScreen } from './TeamsScreen';
import { UsersScreen } from './UsersScreen';

export function AdminScreens() {
  const { organisation } = useWorkspace();
  const t = useT();
  return (
    <section aria-labelledby="admin-title">
      <title>{t('app.title', { screen: t('admin.title') })}</title>
      <h1 id="admin-title">{t('admin.title')}</h1>
      <nav aria-label={t('admin.title')}>
        <NavLink to="/admin" end>
          {t('admin.nav.users')}
        </NavLink>{' '}
        <NavLink to="/admin/teams">{t('admin.nav.teams')}</NavLink>{' '}
        <NavLink to="/admin/areas">{t('admin.nav.areas')}</NavLink>
      </nav>
      <Routes>
        <Route index element={<UsersScreen organisation={organisation} />} />
        <Route path="teams" element={<TeamsScreen organisation={organisation} />} />
        <Route path="areas" element={<AreasScreen organisation={organisation} />} />
      </Routes>
    </section>
  );
}
