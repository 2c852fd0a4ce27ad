// The settings page on the built extension: import with a preview, export, team lists, erase.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './support/project-paths';
import { launchExtension, type ExtensionSession } from './ui-support/launch-ui';
import { addProspectByEnter, PAGE_VIEWPORT, POPUP_VIEWPORT, tableNames, waitForOpenNames, waitForTableNames } from './ui-support/ui-driver';

describe('settings page', () => {
  let session: ExtensionSession;
  let files: string;

  beforeAll(async () => {
    session = await launchExtension({ locale: 'en' });
    files = mkdtempSync(join(tmpdir(), 'pg-import-'));
    const popup = await session.openPage('popup.html', POPUP_VIEWPORT);
    await addProspectByEnter(popup, 'Acme Robotics');
    await popup.close();
  });
  afterAll(async () => {
    await session?.close();
    rmSync(files, { recursive: true, force: true });
  });

  function file(name: string, text: string): string {
    const path = join(files, name);
    writeFileSync(path, text);
    return path;
  }

  it('previews a CRM import, writes nothing before "Apply import", then applies it', async () => {
    const options = await session.openPage('options.html', PAGE_VIEWPORT);
    await waitForTableNames(options, ['Acme Robotics']);
    await options
      .getByLabel('Import watchlist')
      .setInputFiles(
        file('crm.csv', 'Company,Website,Email\nGlobex,globex.com,hank@globex.com\nInitech,initech.com,\nUmbrella Health,,\n'),
      );
    await options
      .locator('.import-preview')
      .filter({ hasText: 'crm.csv is ready to import: 3 new prospects, 0 updated, 0 unchanged.' })
      .waitFor();
    expect(await tableNames(options)).toEqual(['Acme Robotics']);

    await options.reload();
    await waitForTableNames(options, ['Acme Robotics']);
    await options
      .getByLabel('Import watchlist')
      .setInputFiles(file('crm.csv', 'Company,Website\nGlobex,globex.com\nInitech,initech.com\nUmbrella Health,\n'));
    await options.getByRole('button', { name: 'Apply import' }).click();
    await waitForTableNames(options, ['Acme Robotics', 'Globex', 'Initech', 'Umbrella Health']);
    await options.getByRole('status').filter({ hasText: 'crm.csv imported: 3 new prospects' }).first().waitFor();
    await options.close();
  });

  it('names the line of a bad file and changes nothing', async () => {
    const options = await session.openPage('options.html', PAGE_VIEWPORT);
    await waitForTableNames(options, ['Acme Robotics', 'Globex', 'Initech', 'Umbrella Health']);
    await options
      .getByLabel('Import watchlist')
      .setInputFiles(file('bad.csv', 'Company,Email\nHooli,gavin@hooli.com\nPied Piper,not-an-address\n'));
    const error = options.locator('.import-preview [role="alert"]');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/^bad\.csv cannot be imported\. Line 3: .*not-an-address.* Nothing was changed/);
    expect(await options.getByRole('button', { name: 'Apply import' }).count()).toBe(0);
    await options.reload();
    await waitForTableNames(options, ['Acme Robotics', 'Globex', 'Initech', 'Umbrella Health']);
    await options.close();
  });

  it('exports the watchlist as JSON that names every prospect', async () => {
    const options = await session.openPage('options.html', PAGE_VIEWPORT);
    await waitForTableNames(options, ['Acme Robotics', 'Globex', 'Initech', 'Umbrella Health']);
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export JSON' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    const text = readFileSync((await download.path())!, 'utf8');
    for (const name of ['Acme Robotics', 'Globex', 'Initech', 'Umbrella Health']) expect(text).toContain(name);
    await options.close();
  });

  it('sorts the table by status and pages it', async () => {
    const options = await session.openPage('options.html', PAGE_VIEWPORT);
    await waitForTableNames(options, ['Acme Robotics', 'Globex', 'Initech', 'Umbrella Health']);
    await options.getByRole('button', { name: 'Mark Globex as lost' }).click();
    await options.getByRole('button', { name: /^Status/ }).click();
    await waitForTableNames(options, ['Acme Robotics', 'Initech', 'Umbrella Health', 'Globex']);
    expect(await options.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('ascending');
    await options.close();
  });

  it('keeps the sales team it is given, tidied, across reloads', async () => {
    const options = await session.openPage('options.html', PAGE_VIEWPORT);
    const email = options.getByLabel('Email address to add');
    await email.fill('Alex@Example.COM');
    await email.press('Enter');
    await options.getByRole('button', { name: 'Remove alex@example.com' }).waitFor();
    await email.fill('alex');
    await email.press('Enter');
    expect(await options.getByRole('alert').textContent()).toContain('“alex” is not an email address.');
    await options.reload();
    await options.getByRole('button', { name: 'Remove alex@example.com' }).waitFor();
    await options.close();
  });

  it('deletes a row after confirming and keeps the focus on its section', async () => {
    const options = await session.openPage('options.html', PAGE_VIEWPORT);
    await options.getByRole('button', { name: 'Delete Umbrella Health' }).click();
    await options.getByRole('alertdialog', { name: 'Delete Umbrella Health?' }).getByRole('button', { name: 'Delete' }).click();
    await waitForTableNames(options, ['Acme Robotics', 'Globex', 'Initech']);
    await options.waitForFunction(() => document.activeElement?.id === 'watchlist-heading');
    await options.close();
  });

  it('erases everything only after confirming; Escape cancels and focus returns', async () => {
    const options = await session.openPage('options.html', PAGE_VIEWPORT);
    await waitForTableNames(options, ['Acme Robotics', 'Globex', 'Initech']);
    const erase = options.getByRole('button', { name: 'Erase everything…' });
    await erase.click();
    const dialog = options.getByRole('alertdialog', { name: 'Erase everything Prospect Guard stores?' });
    await dialog.waitFor();
    expect(await options.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await options.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await erase.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await tableNames(options)).toHaveLength(3);

    await erase.click();
    await dialog.getByRole('button', { name: 'Erase everything' }).click();
    await options.getByText('Everything was erased.').waitFor();
    await waitForTableNames(options, []);
    await options.close();

    const popup = await session.openPage('popup.html', POPUP_VIEWPORT);
    await popup.getByText('No open prospects yet.', { exact: false }).waitFor();
    await waitForOpenNames(popup, []);
    await popup.close();
  });

  it('imports a French Excel export written in Windows-1252 with its accents intact', async () => {
    const options = await session.openPage('options.html', PAGE_VIEWPORT);
    await waitForTableNames(options, []);
    // The bytes French Excel writes for "CSV (séparateur: point-virgule)": é is 0xE9, ç 0xE7, no BOM.
    await options
      .getByLabel('Import watchlist')
      .setInputFiles(join(PROJECT_ROOT, 'tests', 'unit', 'watchlist-files', 'fixtures', 'excel-fr-point-virgule.csv'));
    await options
      .locator('.import-preview')
      .filter({ hasText: 'excel-fr-point-virgule.csv is ready to import: 3 new prospects' })
      .filter({ hasText: 'Read as Windows-1252.' })
      .waitFor();
    await options.getByRole('button', { name: 'Apply import' }).click();
    await waitForTableNames(options, ['Brasserie Française', 'Cœur de Loire', 'Société Générale']);
    await options.reload();
    await waitForTableNames(options, ['Brasserie Française', 'Cœur de Loire', 'Société Générale']);
    await options.close();
  });
  it('exports formula-like cells, line breaks included, with the escape, and imports them back exactly', async () => {
    const note = '=HYPERLINK("https://attacker.example","Open")\nsecond line';
    const options = await session.openPage('options.html', PAGE_VIEWPORT);
    await options
      .getByLabel('Import watchlist')
      .setInputFiles(
        file(
          'formulas.json',
          JSON.stringify({ format: 'prospect-guard.watchlist', version: 1, entries: [{ name: 'Formula Corp', status: 'open', note }] }),
        ),
      );
    await options.getByRole('button', { name: 'Apply import' }).click();
    await waitForTableNames(options, ['Brasserie Française', 'Cœur de Loire', 'Formula Corp', 'Société Générale']);

    const [csvDownload] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csv = readFileSync((await csvDownload.path())!, 'utf8');
    // The multi-line cell starts with the apostrophe a spreadsheet needs to read it as text.
    expect(csv).toContain('"\'=HYPERLINK(""https://attacker.example"",""Open"")\nsecond line"');

    await options.getByLabel('Import watchlist').setInputFiles(file('round-trip.csv', csv));
    await options.getByRole('button', { name: 'Apply import' }).click();
    const [jsonDownload] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    const exported = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8')) as { entries: { name: string; note?: string }[] };
    expect(exported.entries.find((entry) => entry.name === 'Formula Corp')?.note).toBe(note);
    await options.close();
  });
});
