// What an image's bytes really are, and whether they still carry metadata. Pure, on
// Uint8Array, so the force database checks uploads with it and tests (and the app) can check the
// bytes its re-encoding produced.
//
// The app re-encodes every photo through a canvas, which writes no EXIF, XMP or GPS. The force
// database refuses an upload that still carries such a block as defence in depth: a bug in the
// app, or a client that skipped the re-encoding, must not put an officer's or a victim's location
// into the force database inside a photo.

export const imageMimes = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type ImageMime = (typeof imageMimes)[number];

export function isImageMime(value: string): value is ImageMime {
  return (imageMimes as readonly string[]).includes(value);
}

const ascii = (bytes: Uint8Array, start: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(start, start + length));

/** The type the bytes' signature (magic number) shows, or undefined for anything else. */
export function sniffImageType(bytes: Uint8Array): ImageMime | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return 'image/png';
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP')
    return 'image/webp';
  return undefined;
}

/** Markers that stand alone (no length field): TEM, RST0-7, SOI, EOI. */
const standalone = (marker: number): boolean => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd9);

/**
 * JPEG: walks the marker segments before the image data (SOS). APP1 holds EXIF (and its GPS IFD)
 * or XMP; APP13 holds Photoshop IPTC, which can carry a location too.
 */
function jpegMetadata(bytes: Uint8Array): string[] {
  const found: string[] = [];
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return [...found, 'malformed JPEG'];
    const marker = bytes[offset + 1] ?? 0;
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    if (standalone(marker)) {
      offset += 2;
      continue;
    }
    if (marker === 0xda) break; // start of scan: no metadata segments follow in the header
    const length = ((bytes[offset + 2] ?? 0) << 8) | (bytes[offset + 3] ?? 0);
    if (length < 2) return [...found, 'malformed JPEG'];
    if (marker === 0xe1) {
      const id = ascii(bytes, offset + 4, Math.min(length - 2, 29));
      found.push(id.startsWith('Exif') ? 'EXIF' : id.startsWith('http://ns.adobe.com/xap') ? 'XMP' : 'APP1');
    } else if (marker === 0xed) {
      found.push('IPTC');
    }
    offset += 2 + length;
  }
  return found;
}

const u32be = (b: Uint8Array, i: number): number =>
  (((b[i] ?? 0) << 24) | ((b[i + 1] ?? 0) << 16) | ((b[i + 2] ?? 0) << 8) | (b[i + 3] ?? 0)) >>> 0;
const u32le = (b: Uint8Array, i: number): number =>
  ((b[i] ?? 0) | ((b[i + 1] ?? 0) << 8) | ((b[i + 2] ?? 0) << 16) | ((b[i + 3] ?? 0) << 24)) >>> 0;

/** PNG: eXIf holds EXIF; iTXt/tEXt/zTXt with the XMP keyword hold XMP. */
function pngMetadata(bytes: Uint8Array): string[] {
  const found: string[] = [];
  let offset = 8;
  while (offset + 8 <= bytes.length) {
    const length = u32be(bytes, offset);
    const type = ascii(bytes, offset + 4, 4);
    if (type === 'eXIf') found.push('EXIF');
    if (['iTXt', 'tEXt', 'zTXt'].includes(type) && ascii(bytes, offset + 8, 17) === 'XML:com.adobe.xmp')
      found.push('XMP');
    if (type === 'IEND') break;
    offset += 12 + length;
  }
  return found;
}

/** WebP: RIFF chunks EXIF and XMP. */
function webpMetadata(bytes: Uint8Array): string[] {
  const found: string[] = [];
  let offset = 12;
  while (offset + 8 <= bytes.length) {
    const type = ascii(bytes, offset, 4);
    const length = u32le(bytes, offset + 4);
    if (type === 'EXIF') found.push('EXIF');
    if (type === 'XMP ') found.push('XMP');
    offset += 8 + length + (length % 2);
  }
  return found;
}

/** The metadata blocks (EXIF, XMP, IPTC…) the image still carries; empty when clean. */
export function imageMetadata(bytes: Uint8Array, mime: ImageMime): string[] {
  switch (mime) {
    case 'image/jpeg':
      return jpegMetadata(bytes);
    case 'image/png':
      return pngMetadata(bytes);
    case 'image/webp':
      return webpMetadata(bytes);
  }
}
