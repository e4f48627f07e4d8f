import type { ReactNode } from 'react';
import type { SignInOptions } from '#domain/session';
import { useT } from '#client/i18n/index';

type Provider = NonNullable<SignInOptions['provider']>;

/**
 * "Sign in with <provider>": a plain link, because the sign-in is a full-page trip to the force's
 * provider and back (the service worker leaves /api/ navigations to the network).
 */
export function ProviderSignIn({ provider, returnTo }: { provider: Provider; returnTo: string }) {
  const t = useT();
  const href = `${provider.startUrl}?${new URLSearchParams({ returnTo }).toString()}`;
  return (
    <p className="sign-in-provider">
      <a className="button-link" href={href}>
        {t('session.signIn.withProvider', { provider: provider.name })}
      </a>
    </p>
  );
}

/**
 * The password form: on its own normally; with LOCAL_PASSWORDS=off folded away under a heading
 * for the break-glass administrators, so officers are not tempted to try a password there.
 */
export function PasswordForm({ breakGlassOnly, children }: { breakGlassOnly: boolean; children: ReactNode }) {
  const t = useT();
  if (!breakGlassOnly) return children;
  return (
    <details className="sign-in-break-glass">
      <summary>{t('session.signIn.breakGlass')}</summary>
      {children}
    </details>
  );
}
