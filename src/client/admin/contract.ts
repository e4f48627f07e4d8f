// The contract for the admin screens: users, teams and areas. Types only; the
// implementation is api/organisation.ts, which talks to /api/admin/*.
import type {
  AdminTeam,
  AdminUser,
  Area,
  CreateTeamRequest,
  CreateUserRequest,
  UpdateTeamRequest,
  UpdateUserRequest,
} from '#domain/organisation';

export type { AdminTeam, AdminUser, Area } from '#domain/organisation';

export interface OrganisationRepository {
  users(): Promise<AdminUser[]>;
  createUser(request: CreateUserRequest): Promise<AdminUser>;
  /** Role, teams, name, or disabled (a disabled user's sessions end at once). */
  updateUser(id: string, changes: UpdateUserRequest): Promise<AdminUser>;
  resetPassword(id: string, password: string): Promise<void>;
  teams(): Promise<AdminTeam[]>;
  createTeam(request: CreateTeamRequest): Promise<AdminTeam>;
  updateTeam(id: string, changes: UpdateTeamRequest): Promise<AdminTeam>;
  areas(): Promise<Area[]>;
}
