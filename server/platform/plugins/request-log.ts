// One JSON log line per request, carrying the request id. The app sends `X-Request-Id` with
// every call of one sync (the same id for the push, photo uploads and pull pages of that sync),
// so an officer's failing sync is found in the logs of every instance by that id; anything else
// gets a fresh id. The id goes back in the X-Request-Id response header.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyPluginCallback } from 'fastify';
import { globalPlugin } from './global-plugin';

/** Letters, digits and . _ : - only, 8 to 128 long: nothing that could forge a log line. */
const REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/;

export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

export const requestLog: FastifyPluginCallback = globalPlugin((app, _options, ready) => {
  app.addHook('onRequest', (request, reply, done) => {
    void reply.header('X-Request-Id', request.id);
    done();
  });
  app.addHook('onResponse', async (request, reply) => {
    const status = reply.statusCode;
    // The path only: query strings can hold a sign-in code or state.
    const path = request.url.split('?', 1)[0];
    const fields = {
      method: request.method,
      path,
      route: request.routeOptions.url ?? null,
      status,
      ms: Math.round(reply.elapsedTime),
      userId: request.signedIn?.user.id ?? null,
    };
    if (status >= 500) request.log.error(fields, 'request failed');
    else request.log.info(fields, 'request');
  });
  ready();
});
