import { useLocation, useNavigate } from 'react-router';
import type { RoleCode } from '#domain/vocabularies';
import { useT } from '#client/i18n/index';
import { more, navFor } from './destinations';
import { SyncStatusArea } from './SyncStatusArea';
import { useScreenTitle } from './useScreenTitle';

/** Where "Back" leads when the app was opened at this address (no earlier screen in the app). */
export function upFrom(pathname: string, role: RoleCode): string | null {
  const { bar, rest, home } = navFor(role);
  if (pathname === '/' || pathname === home || pathname === more.to) return null;
  if (bar.some((d) => d.to === pathname)) return null;
  if (rest.some((d) => d.to === pathname)) return more.to;
  const parent = pathname.replace(/\/[^/]+\/?$/, '');
  return parent === '' ? '/' : parent;
}

function hasAppHistory(): boolean {
  const state: unknown = window.history.state;
  return typeof state === 'object' && state !== null && 'idx' in state && Number(state.idx) > 0;
}

/** The phone's top bar: back where there is somewhere to go back to, the screen, the sync state. */
export function TopBar({ role }: { role: RoleCode }) {
  const t = useT();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const title = useScreenTitle();
  const up = upFrom(pathname, role);
  return (
    <header className="top-bar">
      {up !== null && (
        <button
          type="button"
          className="top-bar__back"
          onClick={() => {
            if (hasAppHistory()) void navigate(-1);
            else void navigate(up);
          }}
        >
          <span aria-hidden="true">‹</span>
          <span className="visually-hidden">{t('shell.back')}</span>
        </button>
      )}
      <p className="top-bar__title">{title}</p>
      <SyncStatusArea />
    </header>
  );
}
