// Photo bytes by content hash (ARCHITECTURE.md "Attachments"):
//   PUT /api/attachments/:sha256  raw image body; idempotent (201 new, 200 held already)
//   GET /api/attachments/:sha256  the bytes, to their uploaders and to whoever may read a record
//                                 whose author uploaded them; anyone else 404, as for no bytes
// The checks and the read rule are in services/attachments.ts.
import type { FastifyError, FastifyPluginCallback } from 'fastify';
import { z } from 'zod';
import { imageMimes } from '#domain/patrol/image-bytes';
import { SHA256_PATTERN } from '#domain/patrol/activities';
import type { Config } from '#server/platform/config';
import { ApiError } from '#server/platform/errors';
import type { ZodTypeProvider } from '#server/platform/plugins/zod';
import { readAttachment, uploadAttachment } from './attachments';
import { requireGrant } from '#server/auth/guard';

const paramsSchema = z.strictObject({ sha256: z.string().regex(SHA256_PATTERN) });
const uploadResponseSchema = z.strictObject({
  sha256: z.string(),
  mime: z.enum(imageMimes),
  size: z.int(),
});

export const attachmentRoutes: FastifyPluginCallback<{ config: Config }> = (fastify, { config }, done) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const maxBytes = config.attachmentMaxBytes;

  // In this plugin only: bodies are raw image bytes and nothing else. JSON and text parsers are
  // removed so any other type is refused by Fastify before a byte of it is read, and the limit
  // is enforced while reading (from Content-Length at once, or as chunks arrive), so an
  // oversized upload is never held in memory beyond the limit.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    [...imageMimes],
    { parseAs: 'buffer', bodyLimit: maxBytes },
    (_request, body, parsed) => {
      parsed(null, body);
    },
  );

  // Fastify's own refusals, given this endpoint's stable codes; everything else goes on to the
  // app's error handler (an error handler that throws hands the error to its parent's).
  app.setErrorHandler((error: FastifyError) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      throw new ApiError('attachment_too_large', 413, { maxBytes });
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') throw new ApiError('unsupported_media_type', 415);
    throw error;
  });

  app.put(
    '/api/attachments/:sha256',
    {
      bodyLimit: maxBytes,
      // Who may upload is checked before the body is read, so a refused user sends no bytes.
      onRequest: (request, _reply, next) => {
        try {
          requireGrant(request, 'attachments', 'create');
          next();
        } catch (error) {
          next(error as Error);
        }
      },
      schema: { params: paramsSchema, response: { 200: uploadResponseSchema, 201: uploadResponseSchema } },
    },
    async (request, reply) => {
      const { actor } = requireGrant(request, 'attachments', 'create');
      const result = await uploadAttachment(app.store.db, actor, {
        sha256: request.params.sha256,
        contentType: request.headers['content-type'],
        body: request.body,
        maxBytes,
        maxPixels: config.attachmentMaxPixels,
        quotaBytes: config.attachmentQuotaBytes,
      });
      return reply
        .code(result.outcome === 'created' ? 201 : 200)
        .send({ sha256: result.sha256, mime: result.mime, size: result.size });
    },
  );

  app.get('/api/attachments/:sha256', { schema: { params: paramsSchema } }, async (request, reply) => {
    const { actor } = requireGrant(request, 'attachments', 'read');
    const attachment = await readAttachment(app.store.db, actor, request.params.sha256);
    return (
      reply
        .header('Content-Type', attachment.mime)
        .header('Content-Length', attachment.size)
        // A photo of a person or a place is personal data: no HTTP cache keeps it (the app keeps
        // its own copy in IndexedDB). security-headers.ts sets this on every /api answer too.
        .header('Cache-Control', 'no-store')
        .header('X-Content-Type-Options', 'nosniff')
        .header('ETag', `"${attachment.sha256}"`)
        .send(attachment.bytes)
    );
  });
  done();
};
