// Where an image ends and how big it says it is, read from the headers (issue 13): the force
// database refuses bytes after the end and decompression bombs with these.
import { describe, expect, it } from 'vitest';
import { imageFrame } from '#domain/patrol/image-frame';

const bytes = (...parts: (number[] | string)[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));
const seg = (marker: number, payload: number[]) => [
  0xff,
  marker,
  (payload.length + 2) >> 8,
  (payload.length + 2) & 0xff,
  ...payload,
];
const le32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
const be32 = (n: number) => [(n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];

describe('JPEG', () => {
  const sof2 = seg(0xc2, [8, 0x01, 0x2c, 0x01, 0x90, 1, 1, 0x11, 0]); // progressive, 400 × 300
  const scan = (data: number[]) => [...seg(0xda, [1, 1, 0, 0, 63, 0]), ...data];

  it('reads the frame header and ends at EOI after several scans, stuffing and restart markers', () => {
    const jpeg = bytes(
      [0xff, 0xd8],
      sof2,
      scan([1, 0xff, 0x00, 2, 0xff, 0xd0, 3]),
      seg(0xc4, [0, 1]),
      scan([4, 5]),
      [0xff, 0xd9],
    );
    expect(imageFrame(jpeg, 'image/jpeg')).toEqual({ width: 400, height: 300, end: jpeg.length });
  });

  it('reports where the image ends when bytes follow it', () => {
    const jpeg = bytes([0xff, 0xd8], sof2, scan([1, 2]), [0xff, 0xd9], 'PK\x03\x04 a zip');
    expect(imageFrame(jpeg, 'image/jpeg')?.end).toBe(jpeg.length - 'PK\x03\x04 a zip'.length);
  });

  it('cannot read an image with no end, no frame header, or a segment running past the bytes', () => {
    expect(imageFrame(bytes([0xff, 0xd8], sof2, scan([1, 2])), 'image/jpeg')).toBeUndefined();
    expect(imageFrame(bytes([0xff, 0xd8], scan([1, 2]), [0xff, 0xd9]), 'image/jpeg')).toBeUndefined();
    expect(imageFrame(bytes([0xff, 0xd8, 0xff, 0xfe, 0x10, 0x00, 1]), 'image/jpeg')).toBeUndefined();
  });
});

describe('PNG', () => {
  const chunk = (type: string, data: number[]) => [
    ...be32(data.length),
    ...Buffer.from(type, 'latin1'),
    ...data,
    0,
    0,
    0,
    0,
  ];
  const png = (after: number[] = []) =>
    bytes(
      '\x89PNG\r\n\x1a\n',
      chunk('IHDR', [...be32(70000), ...be32(70000), 8, 6, 0, 0, 0]),
      chunk('IDAT', [1, 2, 3]),
      chunk('IEND', []),
      after,
    );

  it('reads IHDR and ends after IEND', () => {
    const image = png();
    expect(imageFrame(image, 'image/png')).toEqual({ width: 70000, height: 70000, end: image.length });
    expect(imageFrame(png([0x3c, 0x3f]), 'image/png')?.end).toBe(image.length);
  });
});

describe('WebP', () => {
  const riff = (chunk: string, data: number[], after: number[] = []) => {
    const body = bytes('WEBP', chunk, le32(data.length), data);
    return bytes('RIFF', le32(body.length), [...body], after);
  };

  it('reads VP8X, VP8 and VP8L sizes and ends with the RIFF container', () => {
    const vp8x = riff('VP8X', [0, 0, 0, 0, ...[0x3f, 0x1f, 0x00], ...[0xdf, 0x0f, 0x00], 0, 0]);
    expect(imageFrame(vp8x, 'image/webp')).toEqual({ width: 8000, height: 4064, end: vp8x.length });
    const vp8 = riff('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, 0x80, 0x02, 0xe0, 0x01, 0, 0]);
    expect(imageFrame(vp8, 'image/webp')).toMatchObject({ width: 640, height: 480 });
    const vp8l = riff('VP8L', [0x2f, ...le32(((640 - 1) & 0x3fff) | ((480 - 1) << 14)), 0, 0, 0, 0, 0]);
    expect(imageFrame(vp8l, 'image/webp')).toMatchObject({ width: 640, height: 480 });
    expect(imageFrame(riff('VP8L', [0x2f, 0, 0, 0, 0, 0, 0, 0, 0, 0], [1, 2, 3]), 'image/webp')?.end).toBe(
      30,
    );
  });
});
