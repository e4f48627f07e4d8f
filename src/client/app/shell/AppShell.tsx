import { Suspense, useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useWorkspace } from '#client/app/store';
import { useT } from '#client/i18n/index';
import { MainNav } from './MainNav';
import { ScreenErrorBoundary } from './ScreenError';
import { SyncAlerts } from './SyncStatusArea';
import { TopBar } from './TopBar';

/**
 * The frame around every signed-in screen. On a phone: a compact top bar (back, screen title, sync
 * indicator) and a bottom tab bar; from 768 px the navigation is a side rail (shell.css).
 */
export function AppShell() {
  const t = useT();
  const { me } = useWorkspace();
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstScreen = useRef(true);

  // After moving to another screen, start screen readers and keyboards at its content, not at
  // whatever was focused on the screen that has gone.
  useEffect(() => {
    if (firstScreen.current) {
      firstScreen.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname]);

  return (
    <div className="app-frame">
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <TopBar role={me.role} />
      <SyncAlerts />
      <MainNav role={me.role} />
      <main id="main" tabIndex={-1} ref={main}>
        <ScreenErrorBoundary address={pathname}>
          <Suspense fallback={<p>{t('shell.loading')}</p>}>
            <Outlet />
          </Suspense>
        </ScreenErrorBoundary>
      </main>
    </div>
  );
}
