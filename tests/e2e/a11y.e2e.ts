// axe-core finds no serious or critical accessibility problem on the popup, settings page and
// first-run page, in the light and the dark theme, with data on screen and a dialog open.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './ui-support/launch-ui';
import { addProspectByEnter, PAGE_VIEWPORT, POPUP_VIEWPORT } from './ui-support/ui-driver';

async function seriousViolations(page: Page): Promise<string[]> {
  // @axe-core/playwright is typed against the full playwright package; playwright-core's Page is the same object.
  const results = await new AxeBuilder({ page: page as never }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (colorScheme) => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension({ locale: 'en', colorScheme });
    const popup = await session.openPage('popup.html', POPUP_VIEWPORT);
    await addProspectByEnter(popup, 'Acme Robotics');
    await addProspectByEnter(popup, 'Globex Corporation');
    await popup.getByRole('button', { name: 'Mark Globex Corporation as won' }).click();
    await popup.getByRole('status').filter({ hasText: 'marked as won' }).waitFor();
    await popup.close();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('popup, with the list, the won notice and "More details" open', async () => {
    const popup = await session.openPage('popup.html', POPUP_VIEWPORT);
    await popup.locator('.prospect-list').waitFor();
    await popup.getByRole('button', { name: 'More details' }).click();
    await popup.getByRole('button', { name: 'Edit Acme Robotics' }).click();
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('settings page, with the table and an open confirmation dialog', async () => {
    const options = await session.openPage('options.html', PAGE_VIEWPORT);
    await options.locator('.watchlist-table tbody tr').first().waitFor();
    expect(await seriousViolations(options)).toEqual([]);
    await options.getByRole('button', { name: 'Erase everything…' }).click();
    await options.getByRole('alertdialog').waitFor();
    expect(await seriousViolations(options)).toEqual([]);
    await options.close();
  });

  it('first-run page', async () => {
    const onboarding = await session.openPage('onboarding.html', PAGE_VIEWPORT);
    await onboarding.getByRole('heading', { level: 1 }).waitFor();
    expect(await seriousViolations(onboarding)).toEqual([]);
    await onboarding.close();
  });
});

describe('keyboard only', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension({ locale: 'en' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('reaches every control of the popup with Tab, each with a visible focus ring', async () => {
    const popup = await session.openPage('popup.html', POPUP_VIEWPORT);
    await addProspectByEnter(popup, 'Acme Robotics');
    const visited: string[] = [];
    // Tab until focus leaves the page (to the browser's own UI): that is the end of the tab order.
    for (let step = 0; step < 30; step += 1) {
      const focused = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return {
          name: el.getAttribute('aria-label') ?? (el.textContent?.trim() || el.id),
          ring: style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
        };
      });
      if (!focused) break;
      expect(focused.ring, `focus ring on ${focused.name}`).toBe(true);
      visited.push(focused.name);
      await popup.keyboard.press('Tab');
    }
    expect(visited.slice(0, 7)).toEqual([
      expect.stringMatching(/.+/),
      'Add',
      'More details',
      // The notice of the add just made offers to undo it.
      'Undo',
      'Edit Acme Robotics',
      'Mark Acme Robotics as won',
      'Mark Acme Robotics as lost',
    ]);
    expect(visited.at(-1)).toBe('Settings and full watchlist');
    await popup.close();
  });

  it('keeps Tab inside the open dialog of the settings page', async () => {
    const options = await session.openPage('options.html', PAGE_VIEWPORT);
    await options.getByRole('button', { name: 'Erase everything…' }).click();
    await options.getByRole('alertdialog').waitFor();
    // Tab may step out to the browser's own UI (focus on <body>), but never onto the page behind.
    const where: string[] = [];
    for (let step = 0; step < 6; step += 1) {
      where.push(
        await options.evaluate(() => {
          const active = document.activeElement;
          if (!active || active === document.body) return 'browser';
          return active.closest('dialog') ? `dialog:${active.textContent}` : `behind:${active.textContent}`;
        }),
      );
      await options.keyboard.press('Tab');
    }
    expect(where.filter((place) => place.startsWith('behind:'))).toEqual([]);
    expect(where).toContain('dialog:Cancel');
    expect(where).toContain('dialog:Erase everything');
    await options.close();
  });
});
