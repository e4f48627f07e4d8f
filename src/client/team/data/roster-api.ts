// GET /api/roster through the shared API client. The schema loads with the call, not with the
// first screen (zod stays off it; see api/schemas.ts).
import type { RosterMember, RosterTeam } from '#domain/roster';
import type { ApiClient } from '#client/platform/api/client';
import { readReply } from '#client/platform/api/reply';

export async function fetchRoster(api: ApiClient): Promise<{ members: RosterMember[]; teams: RosterTeam[] }> {
  const [response, { rosterResponseSchema }] = await Promise.all([
    api.send('GET', '/api/roster'),
    import('#domain/roster'),
  ]);
  const { members, teams } = await readReply(rosterResponseSchema, response);
  return { members, teams };
}
