// Image bytes for the attachment tests, built by hand: the force database reads only headers
// (dimensions, where the image ends), so these need no image library.
import { createHash, randomBytes } from 'node:crypto';

export const sha = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

export function segment(marker: number, payload: Buffer): Buffer {
  const length = Buffer.alloc(2);
  length.writeUInt16BE(payload.length + 2);
  return Buffer.concat([Buffer.from([0xff, marker]), length, payload]);
}

/** A baseline frame header (SOF0): 8-bit samples, height, width, one component. */
export function sof0(width: number, height: number): Buffer {
  const payload = Buffer.from([8, 0, 0, 0, 0, 1, 1, 0x11, 0]);
  payload.writeUInt16BE(height, 1);
  payload.writeUInt16BE(width, 3);
  return segment(0xc0, payload);
}

/** Bytes of `jpeg()` besides its comment content: 4 more per comment segment of up to 60000. */
export const JPEG_OVERHEAD = 2 + 18 + 13 + 10 + 64 + 2;

/**
 * A JPEG as a canvas writes it (JFIF APP0, a frame header, one scan, EOI), with random content in
 * comment segments so each is new, and random scan data.
 */
export function jpeg(
  options: { width?: number; height?: number; content?: number; extra?: Buffer[]; after?: Buffer } = {},
): Buffer {
  const { width = 16, height = 16, content = 256, extra = [], after = Buffer.alloc(0) } = options;
  const jfif = Buffer.from([0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
  const comments: Buffer[] = [];
  for (let left = content; left > 0; left -= 60000)
    comments.push(segment(0xfe, randomBytes(Math.min(left, 60000))));
  // Scan data with no 0xFF, so the length is fixed (JPEG_OVERHEAD).
  const scan = Buffer.from([...randomBytes(64)].map((b) => (b === 0xff ? 0xfe : b)));
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe0, jfif),
    ...extra,
    ...comments,
    sof0(width, height),
    segment(0xda, Buffer.from([1, 1, 0, 0, 63, 0])),
    scan,
    Buffer.from([0xff, 0xd9]),
    after,
  ]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
}

export function png(options: { width?: number; height?: number; after?: Buffer } = {}): Buffer {
  const { width = 16, height = 16, after = Buffer.alloc(0) } = options;
  const ihdr = Buffer.concat([Buffer.alloc(8), randomBytes(5)]);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  return Buffer.concat([
    Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', randomBytes(32)),
    pngChunk('IEND', Buffer.alloc(0)),
    after,
  ]);
}

/** A lossless WebP (VP8L) of the given size; `after` lands outside the RIFF container. */
export function webp(options: { width?: number; height?: number; after?: Buffer } = {}): Buffer {
  const { width = 16, height = 16, after = Buffer.alloc(0) } = options;
  const bits = Buffer.alloc(4);
  bits.writeUInt32LE(((width - 1) & 0x3fff) | (((height - 1) & 0x3fff) << 14));
  const data = Buffer.concat([Buffer.from([0x2f]), bits, randomBytes(11)]);
  const chunkLength = Buffer.alloc(4);
  chunkLength.writeUInt32LE(data.length);
  const body = Buffer.concat([Buffer.from('WEBP'), Buffer.from('VP8L'), chunkLength, data]);
  const riffLength = Buffer.alloc(4);
  riffLength.writeUInt32LE(body.length);
  return Buffer.concat([Buffer.from('RIFF'), riffLength, body, after]);
}
