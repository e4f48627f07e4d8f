// What the sync bench reads off Chromium while a download runs: requests and bytes on the wire
// (CDP Network events, encoded sizes, so compressed where the server compressed), and the page's
// peak JS heap (sampled every 100 ms).
import type { CDPSession, Page } from 'playwright-core';

export interface Figures {
  ms: number;
  requests: number;
  wireBytes: number;
  peakHeapBytes: number;
  /** Sign-in click to the first screen (the app only). */
  firstScreenMs?: number;
}

export interface Meter {
  stop(): Omit<Figures, 'ms'>;
}

export async function startMeter(page: Page, only: (url: string) => boolean): Promise<Meter> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Performance.enable');
  const urls = new Map<string, string>();
  let requests = 0;
  let wireBytes = 0;
  let peakHeapBytes = 0;
  cdp.on('Network.requestWillBeSent', (e) => {
    if (!only(e.request.url)) return;
    urls.set(e.requestId, e.request.url);
    requests += 1;
  });
  cdp.on('Network.loadingFinished', (e) => {
    if (urls.has(e.requestId)) wireBytes += e.encodedDataLength;
  });
  let running = true;
  const sample = async (): Promise<void> => {
    while (running) {
      try {
        const { metrics } = await cdp.send('Performance.getMetrics');
        const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
        peakHeapBytes = Math.max(peakHeapBytes, used);
      } catch {
        return; // the page closed
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  void sample();
  return {
    stop: () => {
      running = false;
      return { requests, wireBytes, peakHeapBytes };
    },
  };
}
