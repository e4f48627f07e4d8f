// Users, teams and areas for admins. Every route starts with requireGrant on the
// `organisation` resource, which only admins hold (src/domain/access.ts); the service does the
// checks and the audit, the same as the admin command line.
import type { FastifyPluginCallback } from 'fastify';
import { z } from 'zod';
import {
  adminTeamSchema,
  adminUserSchema,
  areasReplySchema,
  createTeamRequestSchema,
  createUserRequestSchema,
  idParamsSchema,
  importAreasReplySchema,
  resetPasswordRequestSchema,
  teamsReplySchema,
  updateTeamRequestSchema,
  updateUserRequestSchema,
  usersReplySchema,
} from '#domain/organisation';
import type { Config } from '#server/platform/config';
import type { ZodTypeProvider } from '#server/platform/plugins/zod';
import { addUser } from './admin';
import { grantHook, requireGrant } from '#server/auth/guard';
import {
  adminTeams,
  adminUser,
  adminUsers,
  changeTeam,
  changeUser,
  createTeam,
  importAreas,
  resetPassword,
} from './organisation';
import { listAreas } from './store/organisation';

export const organisationRoutes: FastifyPluginCallback<{ config: Config }> = (fastify, { config }, done) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = () => app.store.db;

  app.get('/api/admin/users', { schema: { response: { 200: usersReplySchema } } }, async (request) => {
    requireGrant(request, 'organisation', 'read');
    return { users: await adminUsers(db()) };
  });

  app.post(
    '/api/admin/users',
    {
      preValidation: grantHook('organisation', 'create'),
      schema: { body: createUserRequestSchema, response: { 201: adminUserSchema } },
    },
    async (request, reply) => {
      const { actor } = requireGrant(request, 'organisation', 'create');
      const id = await addUser(db(), request.body, config.passwordCost, actor.id);
      return reply.code(201).send(await adminUser(db(), id));
    },
  );

  app.patch(
    '/api/admin/users/:id',
    {
      preValidation: grantHook('organisation', 'update'),
      schema: { params: idParamsSchema, body: updateUserRequestSchema, response: { 200: adminUserSchema } },
    },
    async (request) => {
      const { actor } = requireGrant(request, 'organisation', 'update');
      return changeUser(db(), request.params.id, request.body, actor.id);
    },
  );

  app.post(
    '/api/admin/users/:id/password',
    {
      preValidation: grantHook('organisation', 'update'),
      schema: { params: idParamsSchema, body: resetPasswordRequestSchema },
    },
    async (request, reply) => {
      const { actor } = requireGrant(request, 'organisation', 'update');
      await resetPassword(db(), request.params.id, request.body.password, config.passwordCost, actor.id);
      return reply.code(204).send();
    },
  );

  app.get('/api/admin/teams', { schema: { response: { 200: teamsReplySchema } } }, async (request) => {
    requireGrant(request, 'organisation', 'read');
    return { teams: await adminTeams(db()) };
  });

  app.post(
    '/api/admin/teams',
    {
      preValidation: grantHook('organisation', 'create'),
      schema: { body: createTeamRequestSchema, response: { 201: adminTeamSchema } },
    },
    async (request, reply) => {
      const { actor } = requireGrant(request, 'organisation', 'create');
      return reply.code(201).send(await createTeam(db(), request.body, actor.id));
    },
  );

  app.patch(
    '/api/admin/teams/:id',
    {
      preValidation: grantHook('organisation', 'update'),
      schema: { params: idParamsSchema, body: updateTeamRequestSchema, response: { 200: adminTeamSchema } },
    },
    async (request) => {
      const { actor } = requireGrant(request, 'organisation', 'update');
      return changeTeam(db(), request.params.id, request.body, actor.id);
    },
  );

  app.get('/api/admin/areas', { schema: { response: { 200: areasReplySchema } } }, async (request) => {
    requireGrant(request, 'organisation', 'read');
    return { areas: await listAreas(db()) };
  });

  // The GeoJSON as the body; the body limit (1 MiB) bounds it. Larger files: the command line.
  app.post(
    '/api/admin/areas',
    {
      preValidation: grantHook('organisation', 'create'),
      schema: { body: z.unknown(), response: { 200: importAreasReplySchema } },
    },
    async (request) => {
      const { actor } = requireGrant(request, 'organisation', 'create');
      return importAreas(db(), request.body, actor.id);
    },
  );
  done();
};
