// Routes declare zod schemas from src/domain; these compilers make Fastify validate requests
// and check responses with them, and the type provider types request.body/query from them.
import type { FastifyInstance, FastifyTypeProvider } from 'fastify';
import type { z } from 'zod';

export interface ZodTypeProvider extends FastifyTypeProvider {
  validator: this['schema'] extends z.ZodType ? z.output<this['schema']> : unknown;
  serializer: this['schema'] extends z.ZodType ? z.input<this['schema']> : unknown;
}

function isZod(schema: unknown): schema is z.ZodType {
  return typeof schema === 'object' && schema !== null && 'safeParse' in schema;
}

export function installZodCompilers(app: FastifyInstance): void {
  app.setValidatorCompiler(({ schema }) => (data: unknown) => {
    if (!isZod(schema)) throw new Error('Route schemas must be zod schemas');
    const result = schema.safeParse(data);
    return result.success ? { value: result.data } : { error: result.error };
  });
  // A response that does not match its declared schema is a server bug: fail it (500) rather
  // than send the app something it will reject.
  app.setSerializerCompiler(
    ({ schema }) =>
      (data: unknown) =>
        JSON.stringify(isZod(schema) ? schema.parse(data) : data),
  );
}
