// Reading a JPEG's segment list, to prove a prepared photo carries no metadata ("EXIF
// and GPS metadata are removed"). Canvas re-encoding already writes none; this is the check
// that it did, and the fallback that removes any a browser might add.
//
// A JPEG is SOI (FFD8), then segments FFxx + 2-byte big-endian length (which counts itself),
// until SOS (FFDA), after which entropy-coded data runs to EOI. APP1 holds EXIF (with its GPS
// IFD) and XMP; APP2-APP15 and COM hold other metadata. APP0 (JFIF) is layout only and kept.

export interface JpegSegment {
  marker: number;
  /** Offset of the FF byte. */
  offset: number;
  /** Whole segment length in bytes, marker included. */
  length: number;
}

const SOI = 0xd8;
const SOS = 0xda;
const APP0 = 0xe0;
const APP15 = 0xef;
const COM = 0xfe;

export function isJpeg(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === SOI;
}

/** The header segments up to and including SOS; throws on a malformed header. */
export function jpegSegments(bytes: Uint8Array): JpegSegment[] {
  if (!isJpeg(bytes)) throw new Error('Not a JPEG');
  const segments: JpegSegment[] = [];
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) throw new Error(`No marker at byte ${offset}`);
    const marker = bytes[offset + 1] ?? 0;
    // Fill bytes (FF FF) may pad between segments.
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    const length = 2 + (((bytes[offset + 2] ?? 0) << 8) | (bytes[offset + 3] ?? 0));
    if (offset + length > bytes.length) throw new Error(`Segment at byte ${offset} runs past the end`);
    segments.push({ marker, offset, length });
    if (marker === SOS) return segments;
    offset += length;
  }
  throw new Error('No image data');
}

export function isMetadataMarker(marker: number): boolean {
  return (marker > APP0 && marker <= APP15) || marker === COM;
}

export function metadataSegments(bytes: Uint8Array): JpegSegment[] {
  return jpegSegments(bytes).filter((s) => isMetadataMarker(s.marker));
}

/** The same JPEG without its APP1-APP15 and COM segments (the image data is untouched). */
export function stripJpegMetadata(bytes: Uint8Array): Uint8Array {
  const drop = metadataSegments(bytes);
  if (drop.length === 0) return bytes;
  const parts: Uint8Array[] = [];
  let from = 0;
  for (const segment of drop) {
    parts.push(bytes.subarray(from, segment.offset));
    from = segment.offset + segment.length;
  }
  parts.push(bytes.subarray(from));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
