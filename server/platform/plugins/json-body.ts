// JSON bodies, with a nesting limit checked on the raw text before JSON.parse. A body nested
// thousands deep parses, but then every recursive walk over it (schema checks, the canonical
// JSON behind a mutation's hash) overflows the stack and the request ends in a 500. Nothing the
// app sends nests deeper than a GeoJSON multipolygon (about ten), so MAX_JSON_DEPTH leaves room.
import type { FastifyPluginAsync } from 'fastify';
import { ApiError } from '#server/platform/errors';
import { globalPlugin } from './global-plugin';

export const MAX_JSON_DEPTH = 64;

/** The deepest nesting of arrays and objects in JSON text, stopping once past `limit`. */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i += 1; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth -= 1;
  }
  return false;
}

export const jsonBody: FastifyPluginAsync = globalPlugin(async (app) => {
  // Fastify's own parser (prototype-poisoning checks included) does the parsing.
  const parse = app.getDefaultJsonParser('error', 'ignore');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) {
      done(new ApiError('too_deeply_nested', 400, { maxDepth: MAX_JSON_DEPTH }), undefined);
      return;
    }
    void parse(request, text, done);
  });
  await Promise.resolve();
});
