// GET /api/session/options read without zod: the sign-in screen is the first screen, whose
// JavaScript budget (scripts/report-bundle.ts) zod does not fit in. Anything unexpected counts as
// "no options", which leaves the password form alone on screen.
import type { SignInOptions } from '#domain/session';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

export function readSignInOptions(body: unknown): SignInOptions | null {
  if (!isRecord(body)) return null;
  const { provider, localPasswords } = body;
  if (localPasswords !== 'on' && localPasswords !== 'break_glass_only') return null;
  if (provider === null) return { provider: null, localPasswords };
  if (!isRecord(provider) || typeof provider.name !== 'string' || typeof provider.startUrl !== 'string')
    return null;
  // Only a path on this server: the link must never lead anywhere the server did not name.
  if (!provider.startUrl.startsWith('/api/')) return null;
  return { provider: { name: provider.name, startUrl: provider.startUrl }, localPasswords };
}
