// A test photo that carries EXIF GPS tags, built byte by byte: the JPEG a camera app would save
// with the officer's position in it. Issue 4 requires that none of this reaches the server.
//
// The pixels come from any baseline JPEG (the scenario has Chromium draw one); this file splices
// an APP1 "Exif" segment right after SOI holding a little-endian TIFF header, IFD0 with Make,
// Orientation and a GPSInfo pointer, and a GPS IFD with latitude 51°30'N, longitude 0°6'W.

const ASCII = 2;
const SHORT = 3;
const LONG = 4;
const RATIONAL = 5;

interface Entry {
  tag: number;
  type: number;
  count: number;
  /** Inline value (4 bytes or fewer) or bytes stored after the IFD. */
  value: number | Buffer;
}

function rationals(...pairs: [number, number][]): Buffer {
  const out = Buffer.alloc(pairs.length * 8);
  pairs.forEach(([n, d], i) => {
    out.writeUInt32LE(n, i * 8);
    out.writeUInt32LE(d, i * 8 + 4);
  });
  return out;
}

function ascii(text: string): Buffer {
  return Buffer.from(`${text}\0`, 'latin1');
}

/** One IFD at `offset` (from the TIFF header); out-of-line values follow it. */
function ifd(entries: Entry[], offset: number): Buffer {
  const head = Buffer.alloc(2 + entries.length * 12 + 4);
  head.writeUInt16LE(entries.length, 0);
  const extra: Buffer[] = [];
  let extraOffset = offset + head.length;
  entries.forEach((entry, i) => {
    const at = 2 + i * 12;
    head.writeUInt16LE(entry.tag, at);
    head.writeUInt16LE(entry.type, at + 2);
    head.writeUInt32LE(entry.count, at + 4);
    if (typeof entry.value === 'number') {
      if (entry.type === SHORT) head.writeUInt16LE(entry.value, at + 8);
      else head.writeUInt32LE(entry.value, at + 8);
    } else if (entry.value.length <= 4) {
      entry.value.copy(head, at + 8);
    } else {
      head.writeUInt32LE(extraOffset, at + 8);
      extra.push(entry.value);
      extraOffset += entry.value.length + (entry.value.length % 2);
      if (entry.value.length % 2 === 1) extra.push(Buffer.alloc(1));
    }
  });
  head.writeUInt32LE(0, head.length - 4); // no next IFD
  return Buffer.concat([head, ...extra]);
}

/** The TIFF block of the Exif segment: IFD0 (camera, orientation, GPS pointer) and the GPS IFD. */
export function exifTiff(): Buffer {
  const header = Buffer.from([0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00]); // "II*\0", IFD0 at 8
  const make = ascii('BeatbookTestCam');
  // IFD0 size must be known to place the GPS IFD after it: 3 entries, out-of-line Make.
  const ifd0Size = 2 + 3 * 12 + 4 + make.length + (make.length % 2);
  const gpsOffset = 8 + ifd0Size;
  const ifd0 = ifd(
    [
      { tag: 0x010f, type: ASCII, count: make.length, value: make }, // Make
      { tag: 0x0112, type: SHORT, count: 1, value: 1 }, // Orientation: upright
      { tag: 0x8825, type: LONG, count: 1, value: gpsOffset }, // GPSInfo IFD pointer
    ],
    8,
  );
  const gps = ifd(
    [
      { tag: 0x0000, type: 1, count: 4, value: Buffer.from([2, 3, 0, 0]) }, // GPSVersionID
      { tag: 0x0001, type: ASCII, count: 2, value: Buffer.from('N\0', 'latin1') }, // GPSLatitudeRef
      { tag: 0x0002, type: RATIONAL, count: 3, value: rationals([51, 1], [30, 1], [0, 1]) }, // GPSLatitude
      { tag: 0x0003, type: ASCII, count: 2, value: Buffer.from('W\0', 'latin1') }, // GPSLongitudeRef
      { tag: 0x0004, type: RATIONAL, count: 3, value: rationals([0, 1], [6, 1], [0, 1]) }, // GPSLongitude
    ],
    gpsOffset,
  );
  return Buffer.concat([header, ifd0, gps]);
}

/** The same JPEG with an APP1 Exif segment (GPS included) inserted right after SOI. */
export function withExifGps(jpeg: Buffer): Buffer {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('withExifGps needs a JPEG');
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), exifTiff()]);
  const segment = Buffer.alloc(4);
  segment.writeUInt16BE(0xffe1, 0);
  segment.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), segment, payload, jpeg.subarray(2)]);
}

/** Whether the bytes hold an Exif APP1 segment with a GPS IFD pointer (tag 0x8825). */
export function hasExifGps(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes);
  const exif = buffer.indexOf(Buffer.from('Exif\0\0', 'latin1'));
  if (exif === -1) return false;
  return buffer.indexOf(Buffer.from([0x25, 0x88]), exif) !== -1; // 0x8825 little-endian
}

/** Width and height from the JPEG's SOF segment. */
export function jpegSize(bytes: Uint8Array): { width: number; height: number } {
  let offset = 2;
  while (offset + 9 < bytes.length) {
    const marker = bytes[offset + 1] ?? 0;
    const length = ((bytes[offset + 2] ?? 0) << 8) | (bytes[offset + 3] ?? 0);
    // SOF0-SOF15 except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const height = ((bytes[offset + 5] ?? 0) << 8) | (bytes[offset + 6] ?? 0);
      const width = ((bytes[offset + 7] ?? 0) << 8) | (bytes[offset + 8] ?? 0);
      return { width, height };
    }
    offset += 2 + length;
  }
  throw new Error('No SOF segment');
}
