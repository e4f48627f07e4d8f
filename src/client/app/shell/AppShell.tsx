import { Suspense, useEffect, useRef, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { signOut, useWorkspace } from '#client/app/store';
import { MainNav } from './MainNav';
import { SignOutDialog } from '#client/session/ui/SignOutDialog';
import { SyncStatusArea } from './SyncStatusArea';

/** The frame around every signed-in screen: who is signed in, sync status, navigation. */
export function AppShell() {
  const workspace = useWorkspace();
  const navigate = useNavigate();
  const [askingToSignOut, setAskingToSignOut] = useState(false);
  const signOutButton = useRef<HTMLButtonElement>(null);
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
  const { me } = workspace;
  const teams = me.teams.map((team) => team.name).join(', ');

  /** On a shared device nothing of the officer stays once they sign out (SignOutDialog asks first). */
  async function signOutAndDelete(options: { everywhere: boolean }): Promise<void> {
    try {
      await signOut({ deleteLocalData: true, everywhere: options.everywhere });
    } catch (error: unknown) {
      console.warn('Sign-out did not reach the force database.', error);
    }
    void navigate('/sign-in', { replace: true });
  }

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="app-header__top">
          <p className="app-name">Beatbook</p>
          <p className="officer">
            <span className="officer__name">{me.displayName}</span>
            {teams !== '' && <span className="officer__team">{teams}</span>}
          </p>
          <button
            type="button"
            className="secondary"
            ref={signOutButton}
            onClick={() => {
              setAskingToSignOut(true);
            }}
            aria-haspopup="dialog"
          >
            Sign out
          </button>
        </div>
        <SyncStatusArea />
        <MainNav role={me.role} />
      </header>
      {askingToSignOut && (
        <SignOutDialog
          workspace={workspace}
          onSignOut={signOutAndDelete}
          onCancel={() => {
            setAskingToSignOut(false);
            signOutButton.current?.focus();
          }}
        />
      )}
      <main id="main" tabIndex={-1} ref={main}>
        <Suspense fallback={<p>Loading…</p>}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
