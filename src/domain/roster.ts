// The team roster: the people whose names a device may need to show (owners, action leads,
// reviewers, authors of changes and conflicts). Served by GET /api/roster and kept on the device,
// so names show offline. Only what a name needs: no username, no contact details.
import { z } from 'zod';
import { roleSchema } from './session';

export const rosterMemberSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  role: roleSchema,
  teamIds: z.array(z.string()),
  /** False for a user who has been disabled: still named on old records, never offered to pick. */
  active: z.boolean(),
});
export type RosterMember = z.infer<typeof rosterMemberSchema>;

/** A team's name, so a force-wide reader sees "Northtown NPT" where a record holds its id. */
export const rosterTeamSchema = z.object({ id: z.string(), name: z.string() });
export type RosterTeam = z.infer<typeof rosterTeamSchema>;

export const rosterResponseSchema = z.object({
  members: z.array(rosterMemberSchema),
  /** The teams whose records the reader may see (all of them for a force-wide role). */
  teams: z.array(rosterTeamSchema).default([]),
});
export type RosterResponse = z.infer<typeof rosterResponseSchema>;
