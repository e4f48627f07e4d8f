// One error handler: every failure leaves as `{ error: { code, message } }` with a stable code.
// Unexpected errors are logged in full and answered with a generic 500: no stack, no SQL.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import type { ErrorCode } from '#domain/errors';
import { ApiError, errorBody } from '#server/platform/errors';

function statusOf(error: unknown): number {
  const status = (error as Partial<FastifyError> | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

function issuesOf(error: unknown): { path: string; message: string }[] | undefined {
  if (!(error instanceof ZodError)) return undefined;
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

/**
 * Errors Fastify raises before routing (a URL it cannot decode, a path parameter over
 * maxParamLength), which never reach setErrorHandler: without this they leave as Fastify's own
 * `{ error, code: 'FST_ERR_…' }` body, outside the catalogue. Passed as `frameworkErrors` in app.ts.
 */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const status = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : 400;
  void reply.code(status).send(errorBody('invalid_request'));
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: unknown, request, reply) => {
    if (error instanceof ApiError) return reply.code(error.statusCode).send(error.body());
    const status = statusOf(error);
    const fastifyCode = (error as Partial<FastifyError> | null)?.code;
    if (fastifyCode === 'FST_ERR_VALIDATION' || error instanceof ZodError) {
      return reply.code(400).send(errorBody('invalid_request', issuesOf(error)));
    }
    const known: Partial<Record<number, ErrorCode>> = {
      401: 'unauthenticated',
      403: 'forbidden',
      404: 'not_found',
      413: 'payload_too_large',
      429: 'rate_limited',
    };
    const code = known[status];
    if (code !== undefined) return reply.code(status).send(errorBody(code));
    // Malformed JSON, wrong content type and other client mistakes Fastify detects itself.
    if (status < 500) return reply.code(status).send(errorBody('invalid_request'));
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send(errorBody('internal_error'));
  });
}
