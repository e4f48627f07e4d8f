// Photo bytes by content hash (issue 4). Not built yet: registers no route.
import type { FastifyPluginCallback } from 'fastify';
import type { Config } from '../config';

export const attachmentRoutes: FastifyPluginCallback<{ config: Config }> = (_fastify, _options, done) => {
  done();
};
