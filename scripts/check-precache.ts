// Run after `vite build`: every file the build wrote to dist/ must be in the service worker's
// precache manifest. A screen's chunk (React.lazy) that is missing would load only with a signal:
// an officer opening that screen for the first time offline would get an error instead of a form.
// Workbox leaves a file out silently when no globPattern in vite.config.ts matches its type, or
// when it is over maximumFileSizeToCacheInBytes (2 MiB by default).
import { readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const distDir = fileURLToPath(new URL('../dist/', import.meta.url));
const WORKER = 'sw.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(distDir, `${entry.parentPath}/${entry.name}`).split('\\').join('/'));
}

/** The URLs injected in place of self.__WB_MANIFEST: `{"revision":…,"url":"assets/x.js"}`. */
function precachedUrls(worker: string): Set<string> {
  const urls = new Set<string>();
  for (const [, url] of worker.matchAll(/"url"\s*:\s*"([^"]+)"/g))
    if (url !== undefined) urls.add(url.replace(/^\//, ''));
  return urls;
}

const worker = readFileSync(`${distDir}${WORKER}`, 'utf8');
const urls = precachedUrls(worker);
if (urls.size === 0) {
  console.error(`No precache manifest found in dist/${WORKER}. Run \`vite build\` first.`);
  process.exit(1);
}
const missing = filesUnder(distDir).filter((file) => file !== WORKER && !urls.has(file));
if (missing.length > 0) {
  console.error(
    `These built files are not precached, so they would not load offline:\n${missing.map((f) => `  ${f}`).join('\n')}\n` +
      'Add their type to injectManifest.globPatterns in vite.config.ts (or make them smaller than 2 MiB).',
  );
  process.exit(1);
}
console.log(`Precache: all ${String(urls.size)} built files are in dist/${WORKER}'s manifest.`);
