// The audit log: consultation events from devices, the audit screen and its CSV export (issue 6). Not built yet: registers no route.
import type { FastifyPluginCallback } from 'fastify';
import type { Config } from '../config';

export const auditRoutes: FastifyPluginCallback<{ config: Config }> = (_fastify, _options, done) => {
  done();
};
