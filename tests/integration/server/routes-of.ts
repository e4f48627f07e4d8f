// Every route the app serves, read from Fastify itself (printRoutes), so a route added later is
// covered by the tests that walk them all (audit, bad input) without editing a list.
import type { FastifyInstance } from 'fastify';

export interface RouteInfo {
  method: string;
  url: string;
}

/**
 * printRoutes draws a radix tree: each line is `<indent>├── <segment> (METHODS)`, where a child's
 * segment continues its parent's path. Lines without methods are path prefixes only.
 */
export function routesOf(app: FastifyInstance): RouteInfo[] {
  const routes: RouteInfo[] = [];
  const prefixes: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^([│\s]*)[├└]── (\S+)(?: \(([^)]+)\))?/.exec(line);
    if (m === null) continue;
    const depth = Math.floor((m[1] ?? '').length / 4);
    const url = (prefixes[depth - 1] ?? '') + (m[2] ?? '');
    prefixes[depth] = url;
    prefixes.length = depth + 1;
    for (const method of (m[3] ?? '').split(',').map((s) => s.trim())) {
      if (method !== '' && method !== 'HEAD' && method !== 'OPTIONS') routes.push({ method, url });
    }
  }
  return routes;
}

/** A concrete URL for a route pattern: every `:param` replaced. */
export function fillParams(url: string, value: string): string {
  let encoded: string;
  try {
    encoded = encodeURIComponent(value);
  } catch {
    // A lone surrogate cannot be encoded; a browser would send the replacement character.
    encoded = encodeURIComponent(value.replace(/[\ud800-\udfff]/g, '\ufffd'));
  }
  return url.replace(/:[A-Za-z0-9_]+/g, encoded).replace(/\*$/, encoded);
}
