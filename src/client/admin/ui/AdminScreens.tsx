// The organisation an admin runs: users, teams and areas, at /admin, /admin/teams and
// /admin/areas. Each change goes straight to the force database (organisation data is not kept
// on devices), so these screens need a connection and say so when there is none.
import { NavLink, Route, Routes } from 'react-router';
import { useWorkspace } from '#client/app/store';
import { AreasScreen } from './AreasScreen';
import { TeamsScreen } from './TeamsScreen';
import { UsersScreen } from './UsersScreen';

export function AdminScreens() {
  const { organisation } = useWorkspace();
  return (
    <section aria-labelledby="admin-title">
      <title>Organisation — Beatbook</title>
      <h1 id="admin-title">Organisation</h1>
      <nav aria-label="Organisation">
        <NavLink to="/admin" end>
          Users
        </NavLink>{' '}
        <NavLink to="/admin/teams">Teams</NavLink> <NavLink to="/admin/areas">Areas</NavLink>
      </nav>
      <Routes>
        <Route index element={<UsersScreen organisation={organisation} />} />
        <Route path="teams" element={<TeamsScreen organisation={organisation} />} />
        <Route path="areas" element={<AreasScreen organisation={organisation} />} />
      </Routes>
    </section>
  );
}
