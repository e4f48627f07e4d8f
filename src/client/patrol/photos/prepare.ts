// Turning a chosen or taken image into the bytes Beatbook stores and uploads: decode it
// upright (EXIF orientation applied, since the orientation tag itself is about to go), draw it at
// most 1600 px on the long edge, re-encode as JPEG, and hash the result. Drawing to a canvas and
// encoding again writes pixels only, so EXIF, GPS and maker notes are left behind; the segment
// check after it makes sure of that rather than trusting every browser's encoder.
import { PhotoUnreadableError, type CapturedPhoto } from '#client/patrol/contract';
import { sha256Hex } from './hash';
import { stripJpegMetadata } from './jpeg';
import { fitWithin } from './resize';

export const JPEG_QUALITY = 0.85;

async function encodeJpeg(bitmap: ImageBitmap, width: number, height: number): Promise<Blob> {
  const draw = (context: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null) => {
    if (context === null) throw new PhotoUnreadableError();
    // JPEG has no transparency: a PNG's clear pixels would otherwise turn black.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.drawImage(bitmap, 0, 0, width, height);
  };
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    draw(canvas.getContext('2d'));
    return canvas.convertToBlob({ type: 'image/jpeg', quality: JPEG_QUALITY });
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  draw(canvas.getContext('2d'));
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => {
        if (blob === null) reject(new PhotoUnreadableError());
        else resolve(blob);
      },
      'image/jpeg',
      JPEG_QUALITY,
    );
  });
}

export async function preparePhoto(file: Blob): Promise<CapturedPhoto> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new PhotoUnreadableError();
  }
  try {
    const { width, height } = fitWithin(bitmap.width, bitmap.height);
    const encoded = new Uint8Array(await (await encodeJpeg(bitmap, width, height)).arrayBuffer());
    let clean: Uint8Array;
    try {
      clean = stripJpegMetadata(encoded);
    } catch {
      throw new PhotoUnreadableError();
    }
    // A copy that owns exactly its bytes (a subarray's buffer may be larger).
    const bytes = clean.slice().buffer;
    return {
      sha256: await sha256Hex(bytes),
      mime: 'image/jpeg',
      size: bytes.byteLength,
      width,
      height,
      bytes,
    };
  } finally {
    bitmap.close();
  }
}
