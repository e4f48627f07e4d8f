import { lazy, Suspense, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { signOut, useWorkspace } from '#client/app/store';
import { useT } from '#client/i18n/index';

// Only needed once the officer presses "Sign out": kept out of the first download.
const SignOutDialog = lazy(() =>
  import('#client/session/ui/SignOutDialog').then((m) => ({ default: m.SignOutDialog })),
);

/** "Sign out": on a shared device nothing of the officer stays (SignOutDialog asks first). */
export function SignOutButton() {
  const t = useT();
  const workspace = useWorkspace();
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

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
      <button
        type="button"
        className="secondary sign-out-button"
        ref={button}
        onClick={() => {
          setAsking(true);
        }}
        aria-haspopup="dialog"
      >
        {t('shell.signOut')}
      </button>
      {asking && (
        <Suspense fallback={null}>
          <SignOutDialog
            workspace={workspace}
            onSignOut={signOutAndDelete}
            onCancel={() => {
              setAsking(false);
              button.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
