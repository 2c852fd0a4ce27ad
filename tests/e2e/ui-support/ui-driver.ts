// What a person does in the popup and settings page, in words tests can read.
import type { Page } from 'playwright-core';

export const POPUP_VIEWPORT = { width: 360, height: 600 };
export const PAGE_VIEWPORT = { width: 1280, height: 900 };

/** Types a name in "Prospect name", presses Enter, and waits until the list shows it. */
export async function addProspectByEnter(popup: Page, name: string, label = 'Prospect name'): Promise<void> {
  const field = popup.getByLabel(label, { exact: true });
  await field.fill(name);
  await field.press('Enter');
  await popup.locator('.prospect-list .prospect-name', { hasText: name }).first().waitFor();
  await popup.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.value === '');
}

export async function openProspectNames(popup: Page): Promise<string[]> {
  return popup.locator('.prospect-list .prospect-name').allTextContents();
}

/** Waits until the popup's open list shows exactly `names`, in that order. */
export async function waitForOpenNames(popup: Page, names: string[]): Promise<void> {
  await popup.waitForFunction(
    (expected) =>
      JSON.stringify([...document.querySelectorAll('.prospect-list .prospect-name')].map((el) => el.textContent)) ===
      JSON.stringify(expected),
    names,
  );
}

export async function tableNames(options: Page): Promise<string[]> {
  return options.locator('.watchlist-table .entry-name').allTextContents();
}

export async function waitForTableNames(options: Page, names: string[]): Promise<void> {
  await options.waitForFunction(
    (expected) =>
      JSON.stringify([...document.querySelectorAll('.watchlist-table .entry-name')].map((el) => el.textContent)) ===
      JSON.stringify(expected),
    names,
  );
}
