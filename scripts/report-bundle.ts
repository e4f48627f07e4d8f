// Run after `vite build`: how much JavaScript the first screen downloads, gzipped. That is the
// entry script plus every chunk it imports statically (Vite lists those as modulepreload links).
// Screens loaded with React.lazy are not counted: they arrive when the officer opens them. Nor is
// the active language's message catalogue (en.json or cy.json, a JSON chunk of its own that
// main.tsx awaits before the first render): it is words, not code, and only one language's.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const LIMIT_KB = 100;
const distUrl = new URL('../dist/', import.meta.url);

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
}

function firstScreenScripts(html: string): string[] {
  const files = new Set<string>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, 'src');
    if (src !== undefined && attribute(tag, 'type') === 'module') files.add(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const href = attribute(tag, 'href');
    if (href !== undefined && attribute(tag, 'rel') === 'modulepreload') files.add(href);
  }
  return [...files];
}

const html = readFileSync(new URL('index.html', distUrl), 'utf8');
const scripts = firstScreenScripts(html);
if (scripts.length === 0) {
  console.error('No entry script found in dist/index.html. Run `vite build` first.');
  process.exit(1);
}

let total = 0;
for (const src of scripts) {
  const bytes = gzipSync(readFileSync(new URL(src.replace(/^\//, ''), distUrl)), { level: 9 }).length;
  total += bytes;
  console.log(`  ${src}  ${(bytes / 1000).toFixed(1)} KB gzipped`);
}
const totalKb = total / 1000;
console.log(`First-screen JavaScript: ${totalKb.toFixed(1)} KB gzipped (limit ${LIMIT_KB} KB)`);
if (totalKb > LIMIT_KB) {
  console.error(
    `The first screen is over its ${LIMIT_KB} KB budget: lazy-load what the first screen does not need.`,
  );
  process.exit(1);
}
