// Right after install the first-run page opens by itself, and it says what is kept and where.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, pagesAt, type ExtensionSession } from './ui-support/launch-ui';
import type { Page } from 'playwright-core';

describe('first run', () => {
  let session: ExtensionSession;
  let onboarding: Page;

  beforeAll(async () => {
    session = await launchExtension({ locale: 'en' });
    onboarding =
      pagesAt(session, 'onboarding.html')[0] ??
      (await session.context.waitForEvent('page', {
        predicate: (page) => page.url().endsWith('/onboarding.html'),
        timeout: 10_000,
      }));
    await onboarding.getByRole('heading', { level: 1 }).waitFor();
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each(['What it does', 'What it keeps, on this computer only', 'Add your first prospect', 'Tell it who your sales team is'])(
    'has the section “%s”',
    async (heading) => {
      await onboarding.getByRole('heading', { name: heading, exact: true }).waitFor();
    },
  );

  it('says nothing leaves the computer and names the popup shortcut', async () => {
    const text = await onboarding.locator('main').innerText();
    expect(text).toContain('Nothing leaves this computer');
    expect(text).toContain('Press Ctrl+Shift+Y');
  });

  it('tells every employee, not only sellers, what the caution means and what to do', async () => {
    const section = onboarding.locator('section', { has: onboarding.getByRole('heading', { name: 'When you see the caution' }) });
    const text = await section.innerText();
    expect(text).toContain('This is for everyone, not only the sales team.');
    expect(await section.getByRole('listitem').allInnerTexts()).toEqual([
      'Review the message: who will read it, and does it need the name?',
      'Remove the name if the message works without it.',
      'Send anyway if the recipient is on the deal; you can say why, which helps whoever keeps the list.',
      'Choose “Not a prospect here” when the word means something else in your message.',
    ]);
  });

  it('never suggests the company’s whole email domain for the sales team, and warns against it', async () => {
    const text = await onboarding.locator('main').innerText();
    expect(text).not.toContain('your company’s email domain and');
    expect(text).toContain('Do not add your company’s whole email domain');
  });

  it('adds a first prospect right on the page', async () => {
    const field = onboarding.getByLabel('Prospect name', { exact: true });
    await field.fill('Acme Robotics');
    await field.press('Enter');
    await onboarding.getByRole('status').filter({ hasText: 'Acme Robotics added.' }).waitFor();
  });

  it('opens the settings at the sales team from “Set the sales team in the settings”', async () => {
    const [settings] = await Promise.all([
      session.context.waitForEvent('page', { predicate: (page) => page.url().endsWith('/options.html#sales-team') }),
      onboarding.getByRole('button', { name: 'Set the sales team in the settings' }).click(),
    ]);
    const heading = settings.getByRole('heading', { name: 'Sales team', exact: true });
    await heading.waitFor();
    await settings.waitForFunction(() => {
      const top = document.getElementById('sales-team')?.getBoundingClientRect().top ?? -1;
      return top >= 0 && top < 100;
    });
    // The settings' hint for team domains warns against the company's whole domain too.
    expect(await settings.locator('#sales-team').innerText()).toContain('never your company’s whole email domain');
  });
});
