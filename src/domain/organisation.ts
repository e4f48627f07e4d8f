// The organisation an admin runs: areas (districts, wards, beats), teams attached to
// an area, and users with a role and teams. Request and reply schemas for the admin routes, used
// by the server to validate and by the admin screens to check a form before sending it.
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH, roleSchema, USERNAME_PATTERN } from './session';
import { say } from './validation';
import { codesOf, roles } from './vocabularies';

export const areaKinds = ['district', 'ward', 'beat'] as const;
export type AreaKind = (typeof areaKinds)[number];
export const areaKindSchema = z.enum(areaKinds, { error: say('area_kind') });

export const AREA_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
export const TEAM_ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/;

const areaId = z.string({ error: say('area_id_format') }).regex(AREA_ID_PATTERN, say('area_id_format'));
const teamId = z.string({ error: say('team_id_format') }).regex(TEAM_ID_PATTERN, say('team_id_format'));
const displayName = z
  .string({ error: say('enter_name') })
  .trim()
  .min(1, say('enter_name'))
  .max(120, say('at_most', { max: 120 }));
const password = z
  .string({ error: say('at_least', { min: MIN_PASSWORD_LENGTH }) })
  .min(MIN_PASSWORD_LENGTH, say('at_least', { min: MIN_PASSWORD_LENGTH }))
  .max(1024, say('at_most', { max: 1024 }));

export const areaSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: areaKindSchema,
  parentId: z.string().nullable(),
});
export type Area = z.infer<typeof areaSchema>;

export const adminTeamSchema = z.object({
  id: z.string(),
  name: z.string(),
  areaId: z.string().nullable(),
  members: z.int().nonnegative(),
});
export type AdminTeam = z.infer<typeof adminTeamSchema>;

export const adminUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  teamIds: z.array(z.string()),
  disabled: z.boolean(),
  createdAt: z.string(),
});
export type AdminUser = z.infer<typeof adminUserSchema>;

export const usersReplySchema = z.object({ users: z.array(adminUserSchema) });
export const teamsReplySchema = z.object({ teams: z.array(adminTeamSchema) });
export const areasReplySchema = z.object({ areas: z.array(areaSchema) });

/** GET /api/map/areas: the force's areas with their outlines, drawn under the map's features. */
export const mapAreasReplySchema = z.object({
  areas: z.array(areaSchema.extend({ geometry: z.unknown() })),
});
export type MapAreasReply = z.infer<typeof mapAreasReplySchema>;

/** The role an admin gives a user (the same codes as roleSchema, worded for the form). */
const chosenRole = z.enum(codesOf(roles), { error: say('choose_role') });

export const createUserRequestSchema = z.strictObject({
  username: z
    .string({ error: say('username_format') })
    .trim()
    .toLowerCase()
    .regex(USERNAME_PATTERN, say('username_format')),
  displayName,
  role: chosenRole,
  teamIds: z.array(teamId, { error: say('list_type', { item: 'team' }) }).max(50),
  password,
});
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;

/** Any of: a new name, role, teams, or disabled/enabled. At least one. */
export const updateUserRequestSchema = z
  .strictObject({
    displayName: displayName.optional(),
    role: chosenRole.optional(),
    teamIds: z.array(teamId).max(50).optional(),
    disabled: z.boolean().optional(),
  })
  .refine((r) => Object.keys(r).length > 0, say('nothing_to_change'));
export type UpdateUserRequest = z.infer<typeof updateUserRequestSchema>;

export const resetPasswordRequestSchema = z.strictObject({ password });
export type ResetPasswordRequest = z.infer<typeof resetPasswordRequestSchema>;

export const createTeamRequestSchema = z.strictObject({
  id: teamId,
  name: displayName,
  areaId: areaId.nullable().optional(),
});
export type CreateTeamRequest = z.infer<typeof createTeamRequestSchema>;

export const updateTeamRequestSchema = z
  .strictObject({ name: displayName.optional(), areaId: areaId.nullable().optional() })
  .refine((r) => Object.keys(r).length > 0, say('nothing_to_change'));
export type UpdateTeamRequest = z.infer<typeof updateTeamRequestSchema>;

export const idParamsSchema = z.strictObject({ id: z.string().min(1).max(128) });

export const importAreasReplySchema = z.object({ created: z.int(), updated: z.int() });
export type ImportAreasReply = z.infer<typeof importAreasReplySchema>;
