import type { ReactNode } from 'react';
import type { SignInOptions } from '#domain/session';

type Provider = NonNullable<SignInOptions['provider']>;

/**
 * "Sign in with <provider>": a plain link, because the sign-in is a full-page trip to the force's
 * provider and back (the service worker leaves /api/ navigations to the network).
 */
export function ProviderSignIn({ provider, returnTo }: { provider: Provider; returnTo: string }) {
  const href = `${provider.startUrl}?${new URLSearchParams({ returnTo }).toString()}`;
  return (
    <p className="sign-in-provider">
      <a className="button-link" href={href}>
        Sign in with {provider.name}
      </a>
    </p>
  );
}

/**
 * The password form: on its own normally; with LOCAL_PASSWORDS=off folded away under a heading
 * for the break-glass administrators, so officers are not tempted to try a password there.
 */
export function PasswordForm({ breakGlassOnly, children }: { breakGlassOnly: boolean; children: ReactNode }) {
  if (!breakGlassOnly) return children;
  return (
    <details className="sign-in-break-glass">
      <summary>Administrator break-glass sign-in</summary>
      {children}
    </details>
  );
}
