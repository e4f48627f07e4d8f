// The organisation an admin runs: areas (districts, wards, beats), teams attached to
// an area, and users with a role and teams. Request and reply schemas for the admin routes, used
// by the server to validate and by the admin screens to check a form before sending it.
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH, roleSchema, USERNAME_PATTERN } from './session';

export const areaKinds = ['district', 'ward', 'beat'] as const;
export type AreaKind = (typeof areaKinds)[number];
export const areaKindSchema = z.enum(areaKinds, { error: 'Kind must be district, ward or beat' });

export const AREA_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
export const TEAM_ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/;

const areaId = z.string().regex(AREA_ID_PATTERN, 'An area id is 1-64 letters, digits, ".", "_", ":" or "-"');
const teamId = z.string().regex(TEAM_ID_PATTERN, 'A team id is 1-64 lower-case letters, digits, "-" or "_"');
const displayName = z.string().trim().min(1, 'Enter a name').max(120, 'At most 120 characters');
const password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `At least ${MIN_PASSWORD_LENGTH} characters`)
  .max(1024, 'At most 1024 characters');

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

export const createUserRequestSchema = z.strictObject({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(
      USERNAME_PATTERN,
      'Use 2-64 lower-case letters, digits, ".", "_", "-" or "@", starting with a letter or digit',
    ),
  displayName,
  role: roleSchema,
  teamIds: z.array(teamId).max(50),
  password,
});
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;

/** Any of: a new name, role, teams, or disabled/enabled. At least one. */
export const updateUserRequestSchema = z
  .strictObject({
    displayName: displayName.optional(),
    role: roleSchema.optional(),
    teamIds: z.array(teamId).max(50).optional(),
    disabled: z.boolean().optional(),
  })
  .refine((r) => Object.keys(r).length > 0, 'Nothing to change');
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
  .refine((r) => Object.keys(r).length > 0, 'Nothing to change');
export type UpdateTeamRequest = z.infer<typeof updateTeamRequestSchema>;

export const idParamsSchema = z.strictObject({ id: z.string().min(1).max(128) });

export const importAreasReplySchema = z.object({ created: z.int(), updated: z.int() });
export type ImportAreasReply = z.infer<typeof importAreasReplySchema>;
