// A page whose own MutationObserver removes every element it did not create, our layer included,
// each time it appears. Our layer puts itself back only a few times a second, so neither side
// loops: the page's main thread keeps running on time, and a prospect-naming send still waits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from '../caution-harness';

const PAGES: Record<string, string> = {
  '/fighter': `<!doctype html><script>window.sent = []; window.removals = 0;</script>
    <textarea id="box" enterkeyhint="send"></textarea><script>
    document.getElementById('box').addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || event.shiftKey) return;
      event.preventDefault(); window.sent.push(event.target.value); event.target.value = '';
    });
    new MutationObserver(() => {
      for (const element of [...document.documentElement.children]) {
        if (element !== document.head && element !== document.body) { element.remove(); window.removals++; }
      }
    }).observe(document.documentElement, { childList: true });
  </script>`,
};

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness(PAGES, ['Globex']);
});
afterAll(() => harness?.close());

/** How late a 100 ms timer fires in the page, or null when the page did not answer within 5 s (frozen). */
async function timerLateness(page: Page): Promise<number | null> {
  const lateness = page.evaluate(
    () =>
      new Promise<number>((done) => {
        const start = performance.now();
        setTimeout(() => done(performance.now() - start - 100), 100);
      }),
  );
  const frozen = new Promise<null>((done) => setTimeout(() => done(null), 5_000));
  return Promise.race([lateness, frozen]);
}

describe('a page that removes our layer whenever it appears', () => {
  it('keeps running on time while the person types a prospect name, and the send still waits', async () => {
    const { page } = await harness.open('/fighter');
    await page.click('#box');
    await page.keyboard.type('Globex renewal');
    const lateness = await timerLateness(page);
    expect(lateness).not.toBeNull();
    expect(lateness!).toBeLessThan(500);

    await page.keyboard.press('Enter');
    expect(await timerLateness(page)).not.toBeNull();
    expect(await page.evaluate(() => (window as unknown as { sent: string[] }).sent)).toEqual([]);
    // Bounded: a handful of restores per person's action, not thousands.
    expect(await page.evaluate(() => (window as unknown as { removals: number }).removals)).toBeLessThan(50);
  });
});
