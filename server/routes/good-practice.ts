// Good-practice nominations, publishing and exports (issue 7). Not built yet: registers no route.
import type { FastifyPluginCallback } from 'fastify';
import type { Config } from '../config';

export const goodPracticeRoutes: FastifyPluginCallback<{ config: Config }> = (_fastify, _options, done) => {
  done();
};
