import { useEffect, useState, type SubmitEvent } from 'react';
import type { SignInOptions } from '#domain/session';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { openWorkspace, useApp, useSyncStatus } from '#client/app/store';
import { useT } from '#client/i18n/index';
import { LanguageSwitch } from '#client/i18n/LanguageSwitch';
import { signInErrorText } from './sign-in-error';
import { PasswordForm, ProviderSignIn } from './ProviderSignIn';

function returnPath(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state && typeof state.from === 'string') {
    return state.from.startsWith('/') && state.from !== '/sign-in' ? state.from : '/';
  }
  return '/';
}

export function SignInScreen() {
  const t = useT();
  const { session, workspace } = useApp();
  const status = useSyncStatus();
  const navigate = useNavigate();
  const location = useLocation();
  const [username, setUsername] = useState(workspace?.me.username ?? '');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const returning = workspace !== null;
  const [options, setOptions] = useState<SignInOptions | null>(null);
  useEffect(() => {
    let live = true;
    void session.signInOptions().then((answer) => {
      if (live) setOptions(answer);
    });
    return () => {
      live = false;
    };
  }, [session]);
  const breakGlassOnly = options?.localPasswords === 'break_glass_only';

  // Signed in and the session still good: nothing to do here.
  if (workspace !== null && status !== null && !status.sessionExpired && !busy) {
    return <Navigate to={returnPath(location.state)} replace />;
  }

  async function signIn(): Promise<void> {
    if (username.trim() === '' || password === '') {
      setError(t('session.signIn.missing'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const opened = await session.signIn(username.trim(), password);
      openWorkspace(opened);
      void navigate(returnPath(location.state), { replace: true });
    } catch (caught: unknown) {
      setError(signInErrorText(t, caught, returning));
    } finally {
      setBusy(false);
    }
  }

  function handleSubmit(event: SubmitEvent<HTMLFormElement>): void {
    event.preventDefault();
    void signIn();
  }

  return (
    <>
      <header className="app-header app-header--plain">
        <p className="app-name">{t('app.name')}</p>
      </header>
      <main id="main" className="sign-in">
        <title>{t('app.title', { screen: t('session.signIn.title') })}</title>
        <h1>{t('session.signIn.heading')}</h1>
        {returning && <p>{t('session.signIn.sessionEnded')}</p>}
        {options?.provider != null && (
          <ProviderSignIn provider={options.provider} returnTo={returnPath(location.state)} />
        )}
        <PasswordForm breakGlassOnly={breakGlassOnly}>
          <form
            onSubmit={handleSubmit}
            noValidate
            aria-describedby={error === null ? undefined : 'sign-in-error'}
          >
            <div className="field">
              <label htmlFor="sign-in-username">{t('session.signIn.username')}</label>
              <input
                id="sign-in-username"
                name="username"
                type="text"
                autoComplete="username"
                autoCapitalize="none"
                autoCorrect="off"
                spellCheck={false}
                value={username}
                onChange={(event) => {
                  setUsername(event.target.value);
                }}
              />
            </div>
            <div className="field">
              <label htmlFor="sign-in-password">{t('session.signIn.password')}</label>
              <input
                id="sign-in-password"
                name="password"
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(event) => {
                  setPassword(event.target.value);
                }}
              />
            </div>
            <button type="submit" disabled={busy}>
              {t('session.signIn.submit')}
            </button>
            <div role="alert" id="sign-in-error" className="form-error">
              {error}
            </div>
          </form>
        </PasswordForm>
        <LanguageSwitch />
        <p>
          <Link to="/accessibility">{t('accessibility.title')}</Link>
        </p>
      </main>
    </>
  );
}
