// Retention review queue, decisions and erasure (issue 6). Not built yet: registers no route.
import type { FastifyPluginCallback } from 'fastify';
import type { Config } from '../config';

export const retentionRoutes: FastifyPluginCallback<{ config: Config }> = (_fastify, _options, done) => {
  done();
};
