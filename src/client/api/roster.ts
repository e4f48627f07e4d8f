// GET /api/roster through the shared API client. The schema loads with the call, not with the
// first screen (zod stays off it; see api/schemas.ts).
import type { RosterMember } from '#domain/roster';
import { HttpApiError, networkError } from './errors';
import type { ApiClient } from './client';

export async function fetchRoster(api: ApiClient): Promise<RosterMember[]> {
  const [response, { rosterResponseSchema }] = await Promise.all([
    api.send('GET', '/api/roster'),
    import('#domain/roster'),
  ]);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw networkError();
  }
  const parsed = rosterResponseSchema.safeParse(body);
  if (!parsed.success)
    throw new HttpApiError(
      'internal_error',
      'The force database sent an unexpected reply.',
      response.status,
      null,
    );
  return parsed.data.members;
}
