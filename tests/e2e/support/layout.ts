// Does the page scroll sideways? The check behind "fits 320 px": the page's overflow in CSS
// pixels and, when there is some, what sticks out, so a failure names its cause.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

interface Sideways {
  /** How much wider than the viewport the page is (0 or less: it fits). */
  by: number;
  /** Up to five things that reach past the right edge and no ancestor clips. */
  over: string[];
}

function measure(page: Page): Promise<Sideways> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // Elements, and text that runs past its own box (a long word does not widen its box, only
    // the page). Whatever an ancestor clips is left out: Leaflet's panes, ellipsed text, text for
    // screen readers only.
    const clipped = (el: Element | null): boolean => {
      for (let at = el; at !== null && at !== document.body; at = at.parentElement) {
        const style = getComputedStyle(at);
        if (style.overflowX !== 'visible' || style.clipPath !== 'none')
          return at.getBoundingClientRect().right <= width + 0.5;
      }
      return false;
    };
    const over: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node !== null && over.length < 5; node = walker.nextNode()) {
      let right: number;
      let what: string;
      if (node instanceof Element) {
        right = node.getBoundingClientRect().right;
        what = `${node.tagName.toLowerCase()}${[...node.classList].map((c) => `.${c}`).join('')}`;
      } else {
        range.selectNodeContents(node);
        right = range.getBoundingClientRect().right;
        what = `the text "${(node.textContent ?? '').trim().slice(0, 60)}"`;
      }
      if (right > width + 0.5 && !clipped(node.parentElement))
        over.push(`${what} (to ${String(Math.round(right))} px)`);
    }
    return { by: document.documentElement.scrollWidth - width, over };
  });
}

/**
 * Undefined when the page does not scroll sideways, else what is too wide. A resize can take the
 * page a moment to follow (Leaflet redraws its layers on its own resize handler, later on a busy
 * machine), so it waits up to 10 s for the page to fit before it answers.
 */
export async function sidewaysProblem(page: Page, screen: string): Promise<string | undefined> {
  let sideways = await measure(page);
  if (sideways.by <= 0) return undefined;
  await expect
    .poll(async () => (sideways = await measure(page)).by, { timeout: 10_000, interval: 100 })
    .toBeLessThanOrEqual(0)
    .catch(() => undefined);
  if (sideways.by <= 0) return undefined;
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  return `${screen}: ${String(sideways.by)} px too wide at ${String(width)} px: ${sideways.over.join(', ') || 'nothing found sticking out'}`;
}
