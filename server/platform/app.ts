// Builds the Fastify app from plugins and routes. No port, no process handling: server.ts
// listens, tests call buildApp() and use inject().
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { constants as zlib } from 'node:zlib';
import compress from '@fastify/compress';
import rateLimit from '@fastify/rate-limit';
import type { Config } from './config';
import { ApiError } from './errors';
import { auth } from '#server/auth/session-plugin';
import { database } from './plugins/db';
import { frameworkErrors, installErrorHandler } from './plugins/error-handler';
import { securityHeaders } from './plugins/security-headers';
import { staticApp } from './plugins/static-app';
import { installZodCompilers } from './plugins/zod';
import { metrics } from './plugins/metrics';
import { requestIdOf, requestLog } from './plugins/request-log';
import { jsonBody } from './plugins/json-body';
import { rewriteUrl } from './plugins/request-path';
import { attachmentRoutes } from '#server/patrol/attachment-routes';
import { auditRoutes } from '#server/audit/routes';
import { clientConfigRoutes } from './client-config-routes';
import { goodPracticeRoutes } from '#server/good-practice/routes';
import { healthRoutes } from './health-routes';
import { organisationRoutes } from '#server/organisation/routes';
import { problemHistoryRoutes } from '#server/problems/history-routes';
import { retentionRoutes } from '#server/retention/routes';
import { rosterRoutes } from '#server/organisation/roster-routes';
import { sessionRoutes } from '#server/auth/routes';
import { signInOptionsRoutes } from '#server/auth/local-passwords';
import { oidcRoutes } from '#server/auth/oidc/routes';
import { syncRoutes } from '#server/sync/routes';
import type { Store } from './database/database';

export const BODY_LIMIT = 1024 * 1024;

export interface AppOptions {
  config: Config;
  /** Opened and migrated by the caller, who also closes it. */
  store: Store;
  /** Overrides config.staticDir; null turns static serving off. */
  staticDir?: string | null;
  logger?: FastifyServerOptions['logger'];
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, store } = options;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT,
    frameworkErrors,
    trustProxy: config.trustProxy,
    genReqId: requestIdOf,
    // requestLog writes one line per request instead of Fastify's two.
    logController: new LogController({ requestIdLogLabel: 'requestId', disableRequestLogging: true }),
    // Before routing and every hook: one spelling per path, so no check is skipped by an escape.
    rewriteUrl,
  });
  installZodCompilers(app);
  installErrorHandler(app);

  // External plugins first, then ours, then routes.
  // Compressed responses (issue 16): a whole force's pull is ~59 MB of JSON and ~8 MB in brotli.
  // Quality 4 and gzip level 5 rather than the maximum: at 11, brotli spent more server time per
  // page than the query and the serialising together. Small bodies (a no-change pull) go as they are.
  await app.register(compress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } },
    zlibOptions: { level: 5 },
  });
  await app.register(securityHeaders, {
    cookieSecure: config.cookieSecure,
    tileImgSource: config.tiles?.imgSource,
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: () => new ApiError('rate_limited', 429),
  });
  await app.register(jsonBody);
  await app.register(database, { store });
  await app.register(requestLog);
  await app.register(metrics, { token: config.metricsToken, store });
  await app.register(auth, { config });
  await app.register(staticApp, {
    staticDir: options.staticDir === undefined ? config.staticDir : options.staticDir,
  });

  await app.register(healthRoutes, { version: config.version });
  await app.register(clientConfigRoutes, { config });
  await app.register(sessionRoutes, { config });
  await app.register(signInOptionsRoutes, { config });
  if (config.oidc !== undefined) await app.register(oidcRoutes, { config, oidc: config.oidc });
  await app.register(syncRoutes);
  await app.register(rosterRoutes, { config });
  await app.register(problemHistoryRoutes);
  await app.register(attachmentRoutes, { config });
  await app.register(organisationRoutes, { config });
  await app.register(auditRoutes, { config });
  await app.register(retentionRoutes, { config });
  await app.register(goodPracticeRoutes, { config });
  return app;
}
