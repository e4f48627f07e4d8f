// One spelling per path, before routing and before any hook (Fastify's rewriteUrl). The router
// decodes percent-escapes, so `/%61pi/session` reaches the sign-in route; hooks that judged the
// raw URL (`request.url.startsWith('/api/')`) did not see an API path and skipped the header
// check. RFC 3986 §6.2.2.2: an escaped unreserved character is the same as the character, so
// decoding those is safe; every other escape (`%2F`, `%25`, …) is left as sent.
import type { RawRequestDefaultExpression } from 'fastify';

const UNRESERVED_ESCAPE = /%(2[dDeE]|3\d|[46][1-9a-fA-F]|[57][0-9aA]|5[fF]|7[eE])/g;

export function normalisePath(url: string): string {
  const q = url.indexOf('?');
  const [pathname, rest] = q === -1 ? [url, ''] : [url.slice(0, q), url.slice(q)];
  if (!pathname.includes('%')) return url;
  const decoded = pathname.replace(UNRESERVED_ESCAPE, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
  return decoded + rest;
}

/** For Fastify's `rewriteUrl` option. */
export function rewriteUrl(request: RawRequestDefaultExpression): string {
  return normalisePath(request.url ?? '/');
}
