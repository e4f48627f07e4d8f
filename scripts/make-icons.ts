// Writes the app icons into public/icons/ as real PNGs, with no image library: a solid brand
// colour with an open book drawn on it. Run with `npx tsx scripts/make-icons.ts`; the PNGs are
// committed, so this only needs running again when the design changes.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Rgb = readonly [number, number, number];
const brand: Rgb = [0x12, 0x3a, 0x6b];
const paper: Rgb = [0xff, 0xff, 0xff];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const body = Buffer.concat([head.subarray(4), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([head.subarray(0, 4), body, crc]);
}

/**
 * `inset` is the fraction of the size kept clear on each side: a maskable icon keeps its
 * drawing inside the central 80% circle, so it uses a larger inset.
 */
function drawIcon(size: number, inset: number): Buffer {
  const rowBytes = size * 3 + 1;
  const raw = Buffer.alloc(rowBytes * size);
  const left = size * inset;
  const right = size * (1 - inset);
  const top = size * (inset + 0.08);
  const bottom = size * (1 - inset - 0.08);
  const mid = size / 2;
  const gutter = size * 0.03;
  for (let y = 0; y < size; y++) {
    raw[y * rowBytes] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      // Two pages that dip towards the spine, like an open notebook.
      const dip = (size * 0.04 * (1 - Math.abs(x - mid) / (mid - left))) | 0;
      const onPage =
        x >= left && x <= right && y >= top + dip && y <= bottom + dip && Math.abs(x - mid) > gutter;
      const colour = onPage ? paper : brand;
      raw.set(colour, y * rowBytes + 1 + x * 3);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

const outputs: [file: string, size: number, inset: number][] = [
  ['icon-192.png', 192, 0.2],
  ['icon-512.png', 512, 0.2],
  ['icon-512-maskable.png', 512, 0.28],
  ['apple-touch-icon.png', 180, 0.22],
];
for (const [file, size, inset] of outputs) {
  writeFileSync(new URL(`../public/icons/${file}`, import.meta.url), drawIcon(size, inset));
  console.log(`public/icons/${file} (${size}×${size})`);
}
