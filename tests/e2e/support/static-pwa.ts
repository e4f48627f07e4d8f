// A tiny installable web app served from memory, so the harness can check its own helpers
// (Chromium launch, axe, CDP installability, service worker, status waits) without Beatbook.
import { createServer, type Server } from 'node:http';
import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** A solid-colour square PNG of the given size. */
export function solidPng(size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  const row = Buffer.alloc(1 + size * 3);
  for (let x = 0; x < size; x += 1) row.set([0x1d, 0x4e, 0x89], 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const GOOD_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="theme-color" content="#1d4e89">
<title>Harness app</title>
<link rel="manifest" href="/manifest.webmanifest">
<link rel="icon" href="/icon-192.png">
</head>
<body>
<main>
<h1>Harness app</h1>
<p role="status" id="status">3 changes waiting to sync</p>
<button type="button" id="sync">Sync now</button>
</main>
<script>
document.getElementById('sync').addEventListener('click', function () {
  setTimeout(function () { document.getElementById('status').textContent = 'All changes synced'; }, 300);
});
navigator.serviceWorker.register('/sw.js');
</script>
</body>
</html>`;

const BAD_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Bad page</title></head>
<body><main><h1>Bad page</h1><img src="/icon-192.png"><button type="button"></button></main></body>
</html>`;

const SERVICE_WORKER = `
self.addEventListener('install', function () { self.skipWaiting(); });
self.addEventListener('activate', function (event) { event.waitUntil(self.clients.claim()); });
self.addEventListener('fetch', function (event) { event.respondWith(fetch(event.request)); });
`;

const MANIFEST = JSON.stringify({
  name: 'Harness app',
  short_name: 'Harness',
  id: '/',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  background_color: '#ffffff',
  theme_color: '#1d4e89',
  icons: [
    { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
    { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  ],
});

export interface StaticPwa {
  baseUrl: string;
  close(): Promise<void>;
}

export async function startStaticPwa(): Promise<StaticPwa> {
  const files = new Map<string, { type: string; body: string | Buffer }>([
    ['/', { type: 'text/html; charset=utf-8', body: GOOD_PAGE }],
    ['/bad.html', { type: 'text/html; charset=utf-8', body: BAD_PAGE }],
    [
      '/no-manifest.html',
      { type: 'text/html; charset=utf-8', body: BAD_PAGE.replace('Bad page</title>', 'No manifest</title>') },
    ],
    ['/sw.js', { type: 'text/javascript; charset=utf-8', body: SERVICE_WORKER }],
    ['/manifest.webmanifest', { type: 'application/manifest+json', body: MANIFEST }],
    ['/icon-192.png', { type: 'image/png', body: solidPng(192) }],
    ['/icon-512.png', { type: 'image/png', body: solidPng(512) }],
  ]);
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = files.get(path);
    if (file === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.body);
  });
  await new Promise<void>((resolveListen) => {
    server.listen(0, '127.0.0.1', () => {
      resolveListen();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('static PWA server has no port');
  return {
    baseUrl: `http://localhost:${String(address.port)}`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => {
          resolveClose();
        });
      }),
  };
}
