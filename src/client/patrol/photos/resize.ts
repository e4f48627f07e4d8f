// The size a photo is stored at: the long edge at most 1600 px, aspect kept, never
// enlarged. Big enough to read a number plate or graffiti tag, small enough that a shift's
// photos fit on a phone and upload on a weak signal.

export const MAX_LONG_EDGE = 1600;

export function fitWithin(
  width: number,
  height: number,
  maxEdge: number = MAX_LONG_EDGE,
): { width: number; height: number } {
  if (!(width > 0) || !(height > 0)) throw new RangeError('An image needs a width and a height');
  const scale = Math.min(1, maxEdge / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}
