// The popup on the built extension: a seller adds, finds and closes prospects with the keyboard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './ui-support/launch-ui';
import {
  addProspectByEnter,
  openProspectNames,
  PAGE_VIEWPORT,
  POPUP_VIEWPORT,
  waitForOpenNames,
  waitForTableNames,
} from './ui-support/ui-driver';

describe('popup', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension({ locale: 'en' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the "Prospect name" field focused first, then the "Add" button', async () => {
    const popup = await session.openPage('popup.html', POPUP_VIEWPORT);
    const field = popup.getByLabel('Prospect name', { exact: true });
    await field.waitFor();
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('Add');
    await popup.close();
  });

  it('adds prospects by typing and Enter; the newest shows first', async () => {
    const popup = await session.openPage('popup.html', POPUP_VIEWPORT);
    await addProspectByEnter(popup, 'Acme Robotics');
    await addProspectByEnter(popup, 'Société Générale');
    await addProspectByEnter(popup, 'Globex Corporation');
    expect(await openProspectNames(popup)).toEqual(['Globex Corporation', 'Société Générale', 'Acme Robotics']);
    expect(await popup.locator('#open-prospects-heading').textContent()).toBe('3 open prospects');
    await popup.close();
  });

  it('keeps what was added when the popup is opened again', async () => {
    const popup = await session.openPage('popup.html', POPUP_VIEWPORT);
    await waitForOpenNames(popup, ['Globex Corporation', 'Société Générale', 'Acme Robotics']);
    await popup.close();
  });

  it.each([
    ['acme', ['Acme Robotics']],
    ['societe', ['Société Générale']],
    ['CORP', ['Globex Corporation']],
    ['nothing like it', []],
  ])('filters the open list as "%s" is typed', async (query, expected) => {
    const popup = await session.openPage('popup.html', POPUP_VIEWPORT);
    await waitForOpenNames(popup, ['Globex Corporation', 'Société Générale', 'Acme Robotics']);
    await popup.getByLabel('Prospect name', { exact: true }).pressSequentially(query);
    await waitForOpenNames(popup, expected);
    await popup.close();
  });

  it('refuses an empty name with a sentence, and a name already open', async () => {
    const popup = await session.openPage('popup.html', POPUP_VIEWPORT);
    const field = popup.getByLabel('Prospect name', { exact: true });
    await waitForOpenNames(popup, ['Globex Corporation', 'Société Générale', 'Acme Robotics']);
    await field.press('Enter');
    expect(await popup.getByRole('alert').textContent()).toBe('Type the prospect’s name first, then add it.');
    await field.fill('ACME robotics');
    await field.press('Enter');
    await popup.getByRole('alert').filter({ hasText: 'already on your watchlist' }).waitFor();
    await popup.close();
  });

  it('adds aliases, contacts and domains through "More details"', async () => {
    const popup = await session.openPage('popup.html', POPUP_VIEWPORT);
    await popup.getByRole('button', { name: 'More details' }).click();
    await popup.getByLabel('Other names (aliases)').first().fill('Initech Corp, INTC');
    await popup.getByLabel('Web or email domains').first().fill('initech.com');
    await addProspectByEnter(popup, 'Initech');
    expect(await popup.locator('.prospect', { hasText: 'Initech' }).locator('.prospect-also').textContent()).toBe(
      'Initech Corp · INTC · initech.com',
    );
    await popup.close();
  });

  it('marks a prospect won: it leaves the open list and stays in the settings as Won', async () => {
    const popup = await session.openPage('popup.html', POPUP_VIEWPORT);
    await popup.getByRole('button', { name: 'Mark Acme Robotics as won' }).click();
    await waitForOpenNames(popup, ['Initech', 'Globex Corporation', 'Société Générale']);
    await popup.getByRole('status').filter({ hasText: 'Acme Robotics marked as won' }).waitFor();
    await popup.close();

    const options = await session.openPage('options.html', PAGE_VIEWPORT);
    await waitForTableNames(options, ['Acme Robotics', 'Globex Corporation', 'Initech', 'Société Générale']);
    expect(await options.locator('tr', { hasText: 'Acme Robotics' }).locator('.status-badge').textContent()).toBe('Won');
    await options.close();
  });

  it('edits a prospect with the keyboard and Escape cancels an edit', async () => {
    const popup = await session.openPage('popup.html', POPUP_VIEWPORT);
    await popup.getByRole('button', { name: 'Edit Initech' }).click();
    const editor = popup.locator('form.entry-editor');
    await editor.getByLabel('Guard until (optional)').fill('2031-12-31');
    await editor.getByLabel('Name', { exact: true }).press('Enter');
    await popup.locator('.prospect', { hasText: 'Initech' }).locator('.prospect-until').filter({ hasText: '2031' }).waitFor();

    await popup.getByRole('button', { name: 'Edit Globex Corporation' }).click();
    await popup.locator('form.entry-editor').getByLabel('Name', { exact: true }).fill('Changed my mind');
    await popup.keyboard.press('Escape');
    await popup.locator('form.entry-editor').waitFor({ state: 'detached' });
    expect(await openProspectNames(popup)).toContain('Globex Corporation');
    await popup.close();
  });

  it('asks before Enter adds a search term that is part of a listed prospect, and Cancel adds nothing', async () => {
    const popup = await session.openPage('popup.html', POPUP_VIEWPORT);
    const field = popup.getByLabel('Prospect name', { exact: true });
    await waitForOpenNames(popup, ['Initech', 'Globex Corporation', 'Société Générale']);
    await field.pressSequentially('globex');
    await waitForOpenNames(popup, ['Globex Corporation']);
    await field.press('Enter');
    await popup.getByRole('alert').filter({ hasText: 'Globex Corporation is already listed — add “globex” anyway?' }).waitFor();
    await popup.getByRole('button', { name: 'Cancel', exact: true }).click();
    await popup.getByRole('alert').waitFor({ state: 'detached' });
    await popup.close();

    const again = await session.openPage('popup.html', POPUP_VIEWPORT);
    await waitForOpenNames(again, ['Initech', 'Globex Corporation', 'Société Générale']);
    await again.close();
  });

  it('finds a won deal in a search and reopens it', async () => {
    const popup = await session.openPage('popup.html', POPUP_VIEWPORT);
    await waitForOpenNames(popup, ['Initech', 'Globex Corporation', 'Société Générale']);
    await popup.getByLabel('Prospect name', { exact: true }).pressSequentially('acme');
    const closed = popup.locator('.closed-deals');
    await closed.getByRole('heading', { name: '1 won or lost deal' }).waitFor();
    expect(await closed.locator('.prospect-status').textContent()).toBe('Won');
    await closed.getByRole('button', { name: 'Reopen Acme Robotics' }).click();
    await waitForOpenNames(popup, ['Acme Robotics']);
    await closed.waitFor({ state: 'detached' });
    await popup.getByRole('status').filter({ hasText: 'Acme Robotics is open and guarded again.' }).waitFor();
    await popup.close();
  });

  it('undoes an add from the notice, keeping the focus in the name field meanwhile', async () => {
    const popup = await session.openPage('popup.html', POPUP_VIEWPORT);
    await addProspectByEnter(popup, 'Hooli');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe(
      await popup.getByLabel('Prospect name', { exact: true }).getAttribute('id'),
    );
    await popup.getByRole('button', { name: 'Undo' }).click();
    await popup.getByRole('status').filter({ hasText: 'Hooli removed: the add is undone.' }).waitFor();
    await waitForOpenNames(popup, ['Acme Robotics', 'Initech', 'Globex Corporation', 'Société Générale']);
    await popup.close();

    const options = await session.openPage('options.html', PAGE_VIEWPORT);
    await waitForTableNames(options, ['Acme Robotics', 'Globex Corporation', 'Initech', 'Société Générale']);
    await options.close();
  });
});
