// Sign-in and the signed-in identity.
import { z } from 'zod';
import { codesOf, roles } from './vocabularies';

export const roleSchema = z.enum(codesOf(roles));

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._@-]{1,63}$/;
export const MIN_PASSWORD_LENGTH = 10;

export const signInRequestSchema = z.strictObject({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(1024),
});
export type SignInRequest = z.infer<typeof signInRequestSchema>;

export const teamSchema = z.object({ id: z.string(), name: z.string() });
export type Team = z.infer<typeof teamSchema>;

export const meSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  teams: z.array(teamSchema),
});
export type Me = z.infer<typeof meSchema>;

/** What the sign-in screen offers (GET /api/session/options, before anyone is signed in). */
export const signInOptionsSchema = z.object({
  /** The force's OpenID provider, when configured: "Sign in with <name>". */
  provider: z.object({ name: z.string(), startUrl: z.string() }).nullable(),
  /** 'break_glass_only': passwords are off (LOCAL_PASSWORDS=off) except for break-glass admins. */
  localPasswords: z.enum(['on', 'break_glass_only']),
});
export type SignInOptions = z.infer<typeof signInOptionsSchema>;

export const healthSchema = z.object({ status: z.literal('ok'), database: z.string(), version: z.string() });
