// `npm run load`: a bounded load run of a realistic mix against two server processes over one
// PostgreSQL schema on 127.0.0.1 (TEST_DATABASE_URL). Each connection repeats: three pulls with
// nothing new (the every-minute sync of an idle tablet), one small push (a new activity), one
// photo read. Prints requests/s, p50/p99 latency and errors per instance and in all, with the
// load average. LOAD_SECONDS (default 20) and LOAD_CONNECTIONS (per instance, default 8).
import { createHash, randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import autocannon, { type Request, type Result } from 'autocannon';
import { uuidv7 } from '#domain/ids';
import { startCluster } from '../integration/convergence/cluster';
import { PASSWORD } from '../integration/convergence/backend';

const seconds = Number(process.env.LOAD_SECONDS ?? 20);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 8);
if ((process.env.TEST_DATABASE_URL ?? '') === '')
  throw new Error('npm run load needs TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test)');

function jpeg(): Buffer {
  const segment = (marker: number, payload: Buffer) => {
    const length = Buffer.alloc(2);
    length.writeUInt16BE(payload.length + 2);
    return Buffer.concat([Buffer.from([0xff, marker]), length, payload]);
  };
  const jfif = Buffer.from([0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe0, jfif),
    // A baseline frame header, 800 × 600, one component: the upload check reads the size from it.
    segment(0xc0, Buffer.from([8, 0x02, 0x58, 0x03, 0x20, 1, 1, 0x11, 0])),
    segment(0xfe, randomBytes(40_000)),
    Buffer.from([0xff, 0xd9]),
  ]);
}

const HEADERS = { 'x-beatbook': '1', 'content-type': 'application/json' };

async function main(): Promise<void> {
  const cluster = await startCluster({ instances: 2, kind: 'postgres', bundle: true });
  try {
    const base = (i: number) => `http://127.0.0.1:${cluster.ports[i] ?? 0}`;
    const signIn = await fetch(`${base(0)}/api/session`, {
      method: 'POST',
      headers: HEADERS,
      body: JSON.stringify({ username: 'north1', password: PASSWORD }),
    });
    const cookie =
      (signIn.headers.getSetCookie().find((c) => c.startsWith('bb_session=')) ?? '').split(';')[0] ?? '';
    const deviceId = uuidv7();
    const photo = jpeg();
    const sha = createHash('sha256').update(photo).digest('hex');
    const activity = (photos: unknown[]) =>
      JSON.stringify({
        deviceId,
        mutations: [
          {
            id: uuidv7(),
            collection: 'activities',
            recordId: uuidv7(),
            op: 'put',
            baseVersion: null,
            at: new Date().toISOString(),
            changes: {
              teamId: 'north',
              type: 'patrol',
              startedAt: new Date().toISOString(),
              durationMinutes: 20,
              photos,
            },
          },
        ],
      });
    const pushed = await fetch(`${base(0)}/api/sync/push`, {
      method: 'POST',
      headers: { ...HEADERS, cookie },
      body: activity([{ sha256: sha, mime: 'image/jpeg', size: photo.length, width: 800, height: 600 }]),
    });
    const uploaded = await fetch(`${base(0)}/api/attachments/${sha}`, {
      method: 'PUT',
      headers: { 'x-beatbook': '1', 'content-type': 'image/jpeg', cookie },
      body: new Uint8Array(photo),
    });
    const head = (await (
      await fetch(`${base(0)}/api/sync/pull?cursor=0`, { headers: { cookie } })
    ).json()) as {
      cursor: number;
    };
    if (!pushed.ok || !uploaded.ok)
      throw new Error(
        `setup failed: push ${pushed.status}, upload ${uploaded.status} ${await uploaded.text()}`,
      );

    const mix = [
      { method: 'GET', path: `/api/sync/pull?cursor=${head.cursor}` },
      { method: 'GET', path: `/api/sync/pull?cursor=${head.cursor}` },
      { method: 'GET', path: `/api/sync/pull?cursor=${head.cursor}` },
      {
        method: 'POST',
        path: '/api/sync/push',
        headers: HEADERS,
        setupRequest: (r: Request) => ({ ...r, body: activity([]) }),
      },
      { method: 'GET', path: `/api/attachments/${sha}` },
    ];
    const before = loadavg();
    const results = await Promise.all(
      [0, 1].map((i) =>
        autocannon({ url: base(i), connections, duration: seconds, headers: { cookie }, requests: mix }),
      ),
    );
    const after = loadavg();
    const line = (name: string, r: Result) =>
      `${name}: ${Math.round(r.requests.average)} requests/s, latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ` +
      `${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx (${r['5xx']} 5xx)`;
    console.info(
      `\nLOAD: ${seconds} s, ${connections} connections per instance, mix 3 pulls : 1 push : 1 photo read`,
    );
    results.forEach((r, i) => {
      console.info(`  instance ${i + 1} ${line('', r)}`);
    });
    const total = results.reduce((n, r) => n + r.requests.total, 0);
    const errors = results.reduce((n, r) => n + r.errors + r.timeouts + r.non2xx, 0);
    console.info(
      `  both: ${Math.round(total / seconds)} requests/s, ${total} requests, ${errors} errors or non-2xx; ` +
        `p50 ${results.map((r) => r.latency.p50).join('/')} ms, p99 ${results.map((r) => r.latency.p99).join('/')} ms`,
    );
    console.info(
      `  load average before ${before.map((l) => l.toFixed(2)).join(' ')}, after ${after.map((l) => l.toFixed(2)).join(' ')} (${process.env.LOAD_CORES ?? '2'} cores)`,
    );
  } finally {
    await cluster.close();
  }
}

await main();
