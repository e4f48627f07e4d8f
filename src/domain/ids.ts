// Client-generated, time-sortable record and mutation ids (UUIDv7, RFC 9562).
// Records are created offline, so ids cannot come from the server.

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));
const hex = (bytes: Uint8Array): string => {
  let out = '';
  for (const b of bytes) out += HEX[b] ?? '';
  return out;
};

// Random bytes are drawn from the platform's CSPRNG a few kilobytes at a time: one
// getRandomValues call per id was most of the cost of making one (a push of 10,000 records makes
// 10,000 audit ids; issue 16 profile).
const POOL = new Uint8Array(4096);
let poolUsed = POOL.length;
function randomBytes16(): Uint8Array {
  if (poolUsed + 16 > POOL.length) {
    globalThis.crypto.getRandomValues(POOL);
    poolUsed = 0;
  }
  const bytes = POOL.slice(poolUsed, poolUsed + 16);
  poolUsed += 16;
  return bytes;
}

let lastMs = 0;
let counter = 0;

/** A UUIDv7: 48-bit Unix milliseconds, then random bits. Monotonic within one process. */
export function uuidv7(now: number = Date.now()): string {
  const bytes = randomBytes16();
  // Ids made in the same millisecond must still sort in creation order (outbox order relies on
  // it), so a 12-bit counter fills rand_a while the clock stands still.
  if (now <= lastMs) {
    counter += 1;
    if (counter > 0xfff) {
      lastMs += 1;
      counter = 0;
    }
  } else {
    lastMs = now;
    counter = 0;
  }
  const ms = lastMs;
  bytes[0] = Math.floor(ms / 2 ** 40) & 0xff;
  bytes[1] = Math.floor(ms / 2 ** 32) & 0xff;
  bytes[2] = (ms >>> 24) & 0xff;
  bytes[3] = (ms >>> 16) & 0xff;
  bytes[4] = (ms >>> 8) & 0xff;
  bytes[5] = ms & 0xff;
  bytes[6] = 0x70 | ((counter >>> 8) & 0x0f);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const h = hex(bytes);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
