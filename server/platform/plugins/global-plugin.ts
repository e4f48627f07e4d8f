// Our plugins decorate the root instance and add hooks for every route. Fastify scopes a
// registered plugin to itself unless it carries this marker (what the fastify-plugin package
// sets); marking it here avoids depending on that package for one line.
export function globalPlugin<F extends (...args: never[]) => unknown>(fn: F): F {
  Object.defineProperty(fn, Symbol.for('skip-override'), { value: true });
  return fn;
}
