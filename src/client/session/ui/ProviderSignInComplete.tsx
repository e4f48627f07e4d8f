import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { openWorkspace, useApp } from '#client/app/store';
import { useT } from '#client/i18n/index';
import { signInErrorText } from './sign-in-error';

/** Only a path inside the app (the server checks this too). */
function target(raw: string | null): string {
  return raw !== null && raw.startsWith('/') && !raw.startsWith('//') ? raw : '/';
}

/**
 * Where the force's provider lands the officer (via /api/session/oidc/callback, which set the
 * session cookie): fetch who they are, remember them on this device and open the app, as a
 * password sign-in does.
 */
export function ProviderSignInComplete() {
  const t = useT();
  const { session } = useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const started = useRef(false);

  useEffect(() => {
    // Once: React's development double effect would otherwise open the workspace twice.
    if (started.current) return;
    started.current = true;
    const to = target(params.get('to'));
    session.completeProviderSignIn().then(
      (opened) => {
        openWorkspace(opened);
        void navigate(to, { replace: true });
      },
      (caught: unknown) => {
        setError(signInErrorText(t, caught, false));
      },
    );
    // t changes with the language; the sign-in must still run once only (guarded above).
  }, [session, navigate, params, t]);

  return (
    <main id="main" className="sign-in">
      <title>{t('app.title', { screen: t('session.providerComplete.title') })}</title>
      <h1>{t('session.providerComplete.heading')}</h1>
      {error === null ? (
        <p role="status">{t('app.opening')}</p>
      ) : (
        <>
          <p role="alert">{error}</p>
          <p>
            <Link to="/sign-in">{t('session.providerComplete.back')}</Link>
          </p>
        </>
      )}
    </main>
  );
}
