// axe-core finds no serious or critical accessibility problem in the in-page caution, in the light
// and the dark theme, with two prospects named and with the pre-send dialog open; and the caution
// works from the keyboard. The content script draws the caution in a CLOSED shadow root, which axe
// cannot enter, so tests/e2e/pages/caution.html renders the same components and styles
// (components/caution/) with the real English texts into an OPEN one, beside a compose box. Its
// host sits at the end of <body> rather than of <html>: axe measures contrast only inside <body>,
// and the tests below fail if any caution text's contrast goes unmeasured.
import AxeBuilder from '@axe-core/playwright';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from './support/launch-browser';
import { PAGES_BUILD_DIR } from './support/project-paths';
import { startStaticServer, type StaticServer } from './support/static-server';

type CautionState = { dialog: boolean };

declare global {
  interface Window {
    __caution: { calls: string[]; render(state: CautionState): Promise<void> };
  }
}

const SHOW_ACME = 'Show “Acme Robotics” in the message';
const IGNORE_ACME = 'Not a prospect here: “Acme Robotics”';
const SHOW_GLOBEX = 'Show “Globex” in the message';
const IGNORE_GLOBEX = 'Not a prospect here: “Globex”';

let browser: LaunchedBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer(PAGES_BUILD_DIR);
  // No extension: the page draws the caution itself.
  browser = await launchBrowser({ withExtension: false });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openCaution(colorScheme: 'light' | 'dark', state: CautionState): Promise<Page> {
  const page = await browser.context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.goto(server.url('caution.html'));
  await page.waitForFunction(() => typeof window.__caution?.render === 'function');
  await page.evaluate((s) => window.__caution.render(s), state);
  return page;
}

async function audit(page: Page): Promise<AxeResults> {
  // @axe-core/playwright is typed against the full playwright package; playwright-core's Page is the same object.
  return new AxeBuilder({ page: page as never }).analyze();
}

function seriousViolations(results: AxeResults): string[] {
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => `${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`).join(' | ')}`,
    );
}

type Outcome = 'passes' | 'violations' | 'incomplete';

/** Nodes inside the caution's shadow root (their target starts ["x-caution-host", …]) with this outcome for a rule. */
function inCaution(results: AxeResults, outcome: Outcome, ruleId: string): string[] {
  return results[outcome]
    .filter((rule) => rule.id === ruleId)
    .flatMap((rule) => rule.nodes)
    .flatMap((node) => {
      const target: unknown = node.target[0];
      return Array.isArray(target) && target[0] === 'x-caution-host' ? [target.slice(1).join(' ')] : [];
    });
}

describe.each(['light', 'dark'] as const)('the in-page caution in the %s theme', (colorScheme) => {
  it('two prospects named: no serious or critical violation', async () => {
    const page = await openCaution(colorScheme, { dialog: false });
    // The real texts and theme are on screen.
    const panel = await page.evaluate(() => {
      const root = document.querySelector('x-caution-host')!.shadowRoot!;
      const caution = root.querySelector<HTMLElement>('.caution')!;
      return {
        title: root.querySelector('.caution-title')?.textContent,
        visible: getComputedStyle(caution).visibility === 'visible' && caution.getBoundingClientRect().height > 0,
        background: getComputedStyle(caution).backgroundColor,
      };
    });
    expect(panel.title).toBe('This message names 2 open prospects');
    expect(panel.visible).toBe(true);
    expect(panel.background).toBe(colorScheme === 'dark' ? 'rgb(42, 33, 24)' : 'rgb(255, 250, 240)');

    const results = await audit(page);
    expect(seriousViolations(results)).toEqual([]);
    // axe did look inside the shadow root, and could measure every text's contrast: title, two
    // names, the ×2 count and the buttons' labels; six buttons (Show and Not a prospect here twice, Move, Make smaller).
    expect(inCaution(results, 'passes', 'button-name')).toHaveLength(6);
    expect(inCaution(results, 'incomplete', 'color-contrast')).toEqual([]);
    expect(inCaution(results, 'passes', 'color-contrast')).toHaveLength(9); // the Move grip (⠿) is a symbol, not text
    await page.close();
  });

  it('the pre-send dialog open: no serious or critical violation', async () => {
    const page = await openCaution(colorScheme, { dialog: true });
    const dialog = await page.evaluate(() => {
      const root = document.querySelector('x-caution-host')!.shadowRoot!;
      return root.querySelector('[role="alertdialog"]')?.textContent;
    });
    expect(dialog).toContain('Send outside the sales team?');
    // Two prospects: the plural sentence, and "A and B" (no serial comma for two).
    expect(dialog).toContain('This message names 2 open prospects: Acme Robotics and Globex.');
    expect(dialog).toContain('After “Send anyway”, press Enter again to send.');

    const results = await audit(page);
    expect(seriousViolations(results)).toEqual([]);
    expect(inCaution(results, 'passes', 'button-name')).toHaveLength(8);
    expect(inCaution(results, 'passes', 'aria-dialog-name')).toHaveLength(1);
    expect(inCaution(results, 'incomplete', 'color-contrast')).toEqual([]);
    // The dialog's title, text, hint and two buttons at least (the caution under the backdrop too).
    expect(inCaution(results, 'passes', 'color-contrast').length).toBeGreaterThanOrEqual(5);
    await page.close();
  });
});

describe('the in-page caution from the keyboard', () => {
  /** The focused element inside the caution's shadow root: its accessible label or text. */
  const focusedInCaution = (page: Page) =>
    page.evaluate(() => {
      const host = document.querySelector('x-caution-host')!;
      if (document.activeElement !== host) return `outside:${document.activeElement?.id || document.activeElement?.tagName}`;
      const active = host.shadowRoot!.activeElement as HTMLElement | null;
      if (!active) return 'none';
      if (active.tagName === 'SELECT') return 'reason';
      return active.getAttribute('aria-label') ?? active.getAttribute('role') ?? active.textContent ?? '';
    });

  it('Tab goes from the compose box through the caution’s buttons, each with a focus ring', async () => {
    const page = await openCaution('light', { dialog: false });
    await page.focus('#editor');
    await page.keyboard.press('Tab');
    expect(await focusedInCaution(page)).toBe('outside:send');
    const visited: string[] = [];
    for (let step = 0; step < 4; step += 1) {
      await page.keyboard.press('Tab');
      visited.push(await focusedInCaution(page));
      const ring = await page.evaluate(() => {
        const active = document.querySelector('x-caution-host')!.shadowRoot!.activeElement;
        if (!active) return false;
        const style = getComputedStyle(active);
        return style.outlineStyle !== 'none' && style.outlineWidth !== '0px';
      });
      expect(ring, `focus ring on ${visited.at(-1)}`).toBe(true);
    }
    // The layer comes last in the document (the content script appends it), so last in tab order.
    expect(visited).toEqual([SHOW_ACME, IGNORE_ACME, SHOW_GLOBEX, IGNORE_GLOBEX]);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => window.__caution.calls)).toEqual(['ignore:globex']);
    await page.close();
  });

  it('the dialog takes focus, keeps Tab on its two buttons and the optional reason, and Escape means Review', async () => {
    const page = await openCaution('light', { dialog: true });
    expect(await focusedInCaution(page)).toBe('alertdialog');
    const where: string[] = [];
    for (let step = 0; step < 4; step += 1) {
      await page.keyboard.press('Tab');
      where.push(await focusedInCaution(page));
    }
    // The optional reason comes first in the dialog; Tab from the dialog itself still lands on Review.
    expect(where).toEqual(['Review', 'Send anyway', 'reason', 'Review']);
    await page.keyboard.press('Shift+Tab');
    expect(await focusedInCaution(page)).toBe('reason');
    expect(await page.evaluate(() => window.__caution.calls)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => window.__caution.calls)).toEqual(['review']);
    await page.close();
  });
});
