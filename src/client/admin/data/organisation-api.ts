// The admin screens' calls to the force database, over ApiClient.send. The schemas are
// loaded on first use: the admin screens are lazy, and the workspace that creates this repository
// is on the first screen, which must not carry zod (scripts/report-bundle.ts).
import type { OrganisationRepository } from '#client/admin/contract';
import type { ApiClient } from '#client/platform/api/client';
import { readReply } from '#client/platform/api/reply';

const schemas = () => import('#domain/organisation');

const parse = readReply;

const path = (kind: 'users' | 'teams', id: string) => `/api/admin/${kind}/${encodeURIComponent(id)}`;

export function createOrganisationRepository(api: ApiClient): OrganisationRepository {
  return {
    async users() {
      const { usersReplySchema } = await schemas();
      return (await parse(usersReplySchema, await api.send('GET', '/api/admin/users'))).users;
    },
    async createUser(request) {
      const { adminUserSchema } = await schemas();
      return parse(adminUserSchema, await api.send('POST', '/api/admin/users', { json: request }));
    },
    async updateUser(id, changes) {
      const { adminUserSchema } = await schemas();
      return parse(adminUserSchema, await api.send('PATCH', path('users', id), { json: changes }));
    },
    async resetPassword(id, password) {
      await api.send('POST', `${path('users', id)}/password`, { json: { password } });
    },
    async teams() {
      const { teamsReplySchema } = await schemas();
      return (await parse(teamsReplySchema, await api.send('GET', '/api/admin/teams'))).teams;
    },
    async createTeam(request) {
      const { adminTeamSchema } = await schemas();
      return parse(adminTeamSchema, await api.send('POST', '/api/admin/teams', { json: request }));
    },
    async updateTeam(id, changes) {
      const { adminTeamSchema } = await schemas();
      return parse(adminTeamSchema, await api.send('PATCH', path('teams', id), { json: changes }));
    },
    async areas() {
      const { areasReplySchema } = await schemas();
      return (await parse(areasReplySchema, await api.send('GET', '/api/admin/areas'))).areas;
    },
  };
}
