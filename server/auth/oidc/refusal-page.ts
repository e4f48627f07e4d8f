// The page an officer sees when the provider proved who they are but Beatbook will not let them
// in, or the sign-in could not finish. A plain server page (no script, so the CSP holds), because
// the app itself only knows signed-in officers and the sign-in form.
export type RefusalReason =
  'unknown_user' | 'disabled_user' | 'failed' | 'throttled' | 'no_username' | 'unreachable';

const texts: Record<RefusalReason, { title: string; body: string }> = {
  unknown_user: {
    title: 'Your account is not set up in Beatbook',
    body: 'You signed in with {provider} as {username}, but Beatbook has no user with that name. Ask your Beatbook administrator to add you (your role and teams are set in Beatbook).',
  },
  disabled_user: {
    title: 'Your Beatbook account is disabled',
    body: 'You signed in with {provider} as {username}, but your Beatbook account has been disabled. Ask your Beatbook administrator if you think this is wrong.',
  },
  no_username: {
    title: 'Beatbook could not tell who you are',
    body: '{provider} did not send the username Beatbook needs. Ask your Beatbook administrator to check the sign-in set-up.',
  },
  failed: {
    title: 'Sign-in did not finish',
    body: 'The sign-in with {provider} could not be completed: it may have taken too long, been cancelled, or been started in another window. Please try again.',
  },
  unreachable: {
    title: 'Sign-in is not available just now',
    body: 'Beatbook could not reach {provider}. Please try again in a few minutes; if this goes on, tell your IT service desk.',
  },
  throttled: {
    title: 'Too many sign-in attempts',
    body: 'There have been too many sign-in attempts for this account or from this network. Wait a few minutes and try again.',
  },
};

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function refusalPage(reason: RefusalReason, provider: string, username = ''): string {
  const { title, body } = texts[reason];
  const text = escape(body)
    .replace('{provider}', escape(provider))
    .replace('{username}', `<strong>${escape(username)}</strong>`);
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} — Beatbook</title></head>
<body>
<main>
<h1>${escape(title)}</h1>
<p>${text}</p>
<p><a href="/sign-in">Back to sign-in</a></p>
</main>
</body>
</html>
`;
}
