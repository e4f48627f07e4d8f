// Where an image's bytes end and how many pixels its header declares (issue 13), read from the
// headers alone, so the force database can refuse bytes hidden after the image and decompression
// bombs (a small file that declares a huge picture) without decoding anything. Pure, on Uint8Array.
import type { ImageMime } from './image-bytes';

export interface ImageFrame {
  width: number;
  height: number;
  /** The offset just past the image's last byte (JPEG EOI, PNG IEND, the RIFF container). */
  end: number;
}

const u16be = (b: Uint8Array, i: number): number => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const u16le = (b: Uint8Array, i: number): number => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const u24le = (b: Uint8Array, i: number): number => u16le(b, i) | ((b[i + 2] ?? 0) << 16);
const u32be = (b: Uint8Array, i: number): number => ((u16be(b, i) << 16) | u16be(b, i + 2)) >>> 0;
const u32le = (b: Uint8Array, i: number): number => ((u16le(b, i + 2) << 16) | u16le(b, i)) >>> 0;
const ascii = (b: Uint8Array, start: number, length: number): string =>
  String.fromCharCode(...b.subarray(start, start + length));

/** Start-of-frame markers (SOF0-15) carry the size; C4 (DHT), C8 (JPG) and CC (DAC) do not. */
const isFrameHeader = (m: number): boolean =>
  m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;
/** Markers with no length: TEM, RST0-7, SOI. EOI ends the image. */
const standalone = (m: number): boolean => m === 0x01 || (m >= 0xd0 && m <= 0xd8);

/** After a scan header: the entropy-coded data runs to the next marker that is not RSTn or a stuffed 0xFF. */
function skipScanData(b: Uint8Array, from: number): number {
  let i = from;
  while (i < b.length) {
    if (b[i] !== 0xff) {
      i += 1;
      continue;
    }
    const next = b[i + 1] ?? 0;
    if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) i += 2;
    else if (next === 0xff) i += 1;
    else return i;
  }
  return i;
}

function jpegFrame(b: Uint8Array): ImageFrame | undefined {
  let offset = 2;
  let size: { width: number; height: number } | undefined;
  while (offset + 2 <= b.length) {
    if (b[offset] !== 0xff) return undefined;
    const marker = b[offset + 1] ?? 0;
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    if (marker === 0xd9) return size && { ...size, end: offset + 2 };
    if (standalone(marker)) {
      offset += 2;
      continue;
    }
    const length = u16be(b, offset + 2);
    if (length < 2 || offset + 2 + length > b.length) return undefined;
    if (isFrameHeader(marker)) size = { height: u16be(b, offset + 5), width: u16be(b, offset + 7) };
    offset += 2 + length;
    if (marker === 0xda) offset = skipScanData(b, offset);
  }
  return undefined;
}

function pngFrame(b: Uint8Array): ImageFrame | undefined {
  if (b.length < 33 || ascii(b, 12, 4) !== 'IHDR') return undefined;
  const size = { width: u32be(b, 16), height: u32be(b, 20) };
  let offset = 8;
  while (offset + 12 <= b.length) {
    const next = offset + 12 + u32be(b, offset);
    if (next > b.length) return undefined;
    if (ascii(b, offset + 4, 4) === 'IEND') return { ...size, end: next };
    offset = next;
  }
  return undefined;
}

function webpFrame(b: Uint8Array): ImageFrame | undefined {
  const end = 8 + u32le(b, 4);
  if (b.length < 30 || end > b.length) return undefined;
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8X') return { width: 1 + u24le(b, 24), height: 1 + u24le(b, 27), end };
  if (chunk === 'VP8L') {
    if (b[20] !== 0x2f) return undefined;
    const bits = u32le(b, 21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1, end };
  }
  if (chunk === 'VP8 ') {
    if (b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) return undefined;
    return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff, end };
  }
  return undefined;
}

/** The image's declared size and where it ends; undefined when the headers cannot be read. */
export function imageFrame(bytes: Uint8Array, mime: ImageMime): ImageFrame | undefined {
  switch (mime) {
    case 'image/jpeg':
      return jpegFrame(bytes);
    case 'image/png':
      return pngFrame(bytes);
    case 'image/webp':
      return webpFrame(bytes);
  }
}
