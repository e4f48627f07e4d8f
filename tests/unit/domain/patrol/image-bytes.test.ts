import { describe, expect, it } from 'vitest';
import { imageMetadata, isImageMime, sniffImageType } from '#domain/patrol/image-bytes';

const bytes = (...parts: (number[] | string)[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? Array.from(p, (c) => c.charCodeAt(0)) : p)));

function segment(marker: number, payload: number[] | string): number[] {
  const body = [...bytes(payload)];
  const length = body.length + 2;
  return [0xff, marker, length >> 8, length & 0xff, ...body];
}

const jfif = segment(0xe0, 'JFIF\0\x01\x01\0\0\x01\0\x01\0\0');
const scan = [0xff, 0xda, 0, 2, 0x12, 0x34, 0xff, 0xd9];
const jpeg = (...segments: number[][]) => bytes([0xff, 0xd8], ...segments, scan);

function pngChunk(type: string, data: string): number[] {
  const n = data.length;
  return [...bytes([n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff], type, data), 0, 0, 0, 0];
}
const png = (...chunks: number[][]) => bytes('\x89PNG\r\n\x1a\n', ...chunks, pngChunk('IEND', ''));

function webpChunk(type: string, data: string): number[] {
  const n = data.length;
  return [...bytes(type, [n & 0xff, (n >> 8) & 0xff, 0, 0], data), ...(n % 2 === 1 ? [0] : [])];
}
const webp = (...chunks: number[][]) => bytes('RIFF', [0, 0, 0, 0], 'WEBP', ...chunks);

describe('sniffImageType', () => {
  it('recognises JPEG, PNG and WebP by their signatures', () => {
    expect(sniffImageType(jpeg(jfif))).toBe('image/jpeg');
    expect(sniffImageType(png())).toBe('image/png');
    expect(sniffImageType(webp(webpChunk('VP8 ', 'xx')))).toBe('image/webp');
  });

  it('recognises nothing else', () => {
    expect(sniffImageType(bytes('GIF89a'))).toBeUndefined();
    expect(sniffImageType(bytes('<svg/>'))).toBeUndefined();
    expect(sniffImageType(bytes('RIFF\0\0\0\0WAVE'))).toBeUndefined();
    expect(sniffImageType(new Uint8Array())).toBeUndefined();
  });

  it('knows the three accepted types', () => {
    expect(['image/jpeg', 'image/png', 'image/webp'].every(isImageMime)).toBe(true);
    expect(isImageMime('image/gif')).toBe(false);
  });
});

describe('imageMetadata', () => {
  it('finds nothing in a canvas-style JPEG (JFIF, comment, scan)', () => {
    expect(imageMetadata(jpeg(jfif, segment(0xfe, 'hello')), 'image/jpeg')).toEqual([]);
  });

  it('finds EXIF, XMP and IPTC segments in a JPEG', () => {
    const exif = segment(0xe1, 'Exif\0\0II*\0GPS');
    const xmp = segment(0xe1, 'http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>');
    const iptc = segment(0xed, 'Photoshop 3.0\0');
    expect(imageMetadata(jpeg(jfif, exif), 'image/jpeg')).toEqual(['EXIF']);
    expect(imageMetadata(jpeg(exif, jfif), 'image/jpeg')).toEqual(['EXIF']);
    expect(imageMetadata(jpeg(jfif, xmp, iptc), 'image/jpeg')).toEqual(['XMP', 'IPTC']);
  });

  it('does not look inside the compressed data after the start of scan', () => {
    const fakeApp1InData = [0xff, 0xda, 0, 2, 0xff, 0xe1, 0, 8, ...bytes('Exif\0\0')];
    expect(imageMetadata(bytes([0xff, 0xd8], jfif, fakeApp1InData), 'image/jpeg')).toEqual([]);
  });

  it('reports a JPEG whose segments are broken', () => {
    expect(imageMetadata(bytes([0xff, 0xd8, 0x00, 0x00, 0x00, 0x00]), 'image/jpeg')).toEqual([
      'malformed JPEG',
    ]);
  });

  it('finds eXIf and XMP text chunks in a PNG, and nothing in a plain one', () => {
    expect(imageMetadata(png(pngChunk('IHDR', '0123456789abc')), 'image/png')).toEqual([]);
    expect(imageMetadata(png(pngChunk('eXIf', 'MM\0*')), 'image/png')).toEqual(['EXIF']);
    expect(imageMetadata(png(pngChunk('iTXt', 'XML:com.adobe.xmp\0\0\0\0\0<x/>')), 'image/png')).toEqual([
      'XMP',
    ]);
    expect(imageMetadata(png(pngChunk('tEXt', 'Comment\0hi')), 'image/png')).toEqual([]);
  });

  it('finds EXIF and XMP chunks in a WebP', () => {
    expect(imageMetadata(webp(webpChunk('VP8 ', 'abc')), 'image/webp')).toEqual([]);
    expect(
      imageMetadata(
        webp(webpChunk('VP8X', 'abcdefghij'), webpChunk('VP8 ', 'abc'), webpChunk('EXIF', 'MM\0*')),
        'image/webp',
      ),
    ).toEqual(['EXIF']);
    expect(imageMetadata(webp(webpChunk('XMP ', '<x/>')), 'image/webp')).toEqual(['XMP']);
  });
});
