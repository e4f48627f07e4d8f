// The service worker keeps map tiles as they are viewed (service-worker/tiles.ts): which requests
// count as tiles. Never this app's /api/, never anything but an image GET shaped like z/x/y.
import { describe, expect, it } from 'vitest';
import { isTileRequest, MAX_TILES } from '../../../service-worker/tiles';

const APP = 'https://beatbook.force.example';
const tile = (url: string, method = 'GET', destination = 'image') =>
  isTileRequest(new URL(url), method, destination, APP);

describe('which requests are map tiles', () => {
  it('recognises tile addresses from common tile servers', () => {
    expect(tile('https://tile.openstreetmap.org/15/16203/10573.png')).toBe(true);
    expect(tile('https://tiles.example/styles/base/12/2025/1321@2x.png?key=abc')).toBe(true);
    expect(tile('https://maps.example/wmts/17/64813/42290')).toBe(true);
    expect(tile(`${APP}/tiles/14/8101/5286.webp`)).toBe(true);
  });

  it("leaves the app's own API, other images, other methods and fetches alone", () => {
    expect(tile(`${APP}/api/12/2025/1321`)).toBe(false);
    expect(tile(`${APP}/api/attachments/ab12cd`)).toBe(false);
    expect(tile(`${APP}/icons/icon-192.png`)).toBe(false);
    expect(tile('https://tile.openstreetmap.org/15/16203/10573.png', 'POST')).toBe(false);
    expect(tile('https://tile.openstreetmap.org/15/16203/10573.png', 'GET', '')).toBe(false);
  });

  it('keeps the cache bounded', () => {
    expect(MAX_TILES).toBeGreaterThan(100);
    expect(MAX_TILES).toBeLessThanOrEqual(5000);
  });
});
