// Users, teams and areas for admins (issue 6). Not built yet: registers no route.
import type { FastifyPluginCallback } from 'fastify';
import type { Config } from '../config';

export const organisationRoutes: FastifyPluginCallback<{ config: Config }> = (_fastify, _options, done) => {
  done();
};
