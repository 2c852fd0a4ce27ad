// `npm run screenshots`: PNGs of the popup, settings page and first-run page, in English and French
// (and the dark theme), from the BUILT extension in headless Chromium, into docs/screenshots/.
// French needs Debian's chromium-l10n (LANGUAGE=fr switches the browser's and our language).
// The sample data goes in through the background's public API, exactly as the pages send it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension, pagesAt, type ExtensionSession, type UiLocale } from '../tests/e2e/ui-support/launch-ui';
import { openRealPopup, type RealPopup } from '../tests/e2e/ui-support/real-popup';
import { startComposePageServer } from '../tests/e2e/ui-support/compose-page-server';
import { CautionUiReader } from '../tests/e2e/caution-harness';

/** A caution text in the run's language, as the caution's button names read. */
function cautionMessage(locale: UiLocale, key: string): string {
  const file = resolve(process.cwd(), 'public/_locales', locale.startsWith('fr') ? 'fr' : 'en', 'messages.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>)[key]!.message;
}

const OUT = resolve(process.cwd(), 'docs/screenshots');
const PAGE_VIEWPORT = { width: 1280, height: 960 };

interface SampleEntry {
  name: string;
  aliases?: string[];
  contacts?: string[];
  domains?: string[];
  guardUntil?: string;
  status?: 'open' | 'won' | 'lost';
}

const SAMPLE_ENTRIES: SampleEntry[] = [
  { name: 'Acme Robotics', aliases: ['Acme'], domains: ['acme-robotics.example'], contacts: ['Wile Coyote'] },
  { name: 'Lumière Énergie', aliases: ['Lumiere'], domains: ['lumiere-energie.example'] },
  { name: 'Globex Corporation', aliases: ['Globex'], contacts: ['hank@globex.example'] },
  { name: 'Initech', domains: ['initech.example'], guardUntil: '2027-06-30' },
  { name: 'Umbrella Health' },
  { name: 'Brasserie Dupont & Fils', aliases: ['Dupont'] },
  { name: 'Vandelay Industries', status: 'won' },
  { name: 'Hooli', status: 'lost' },
  { name: 'Stark Médical', domains: ['stark-medical.example'] },
  { name: 'Nordwind Logistik' },
];

const SAMPLE_ACTIVITY = [
  { site: 'mail.example.com', names: ['Acme Robotics'], choice: 'shown' },
  { site: 'mail.example.com', names: ['Acme Robotics'], choice: 'reviewed' },
  { site: 'chat.example.com', names: ['Globex Corporation'], choice: 'shown' },
  { site: 'chat.example.com', names: ['Globex Corporation'], choice: 'sent-anyway' },
  { site: 'docs.example.com', names: ['Lumière Énergie', 'Initech'], choice: 'shown' },
  { site: 'docs.example.com', names: ['Initech'], choice: 'ignored' },
] as const;

async function send(page: Page, message: unknown): Promise<unknown> {
  type Runtime = { chrome: { runtime: { sendMessage(payload: unknown): Promise<unknown> } } };
  return page.evaluate((payload) => (globalThis as unknown as Runtime).chrome.runtime.sendMessage(payload), message);
}

async function seed(page: Page): Promise<void> {
  for (const sample of SAMPLE_ENTRIES) {
    const { status, ...rest } = sample;
    const stored = (await send(page, { type: 'entries:add', entry: { ...rest, status: 'open' } })) as { id: string };
    if (status && status !== 'open') await send(page, { type: 'entries:update', id: stored.id, changes: { status } });
  }
  const settings = (await send(page, { type: 'settings:get' })) as Record<string, unknown>;
  await send(page, {
    type: 'settings:set',
    settings: {
      ...settings,
      salesTeam: {
        emails: ['alex@ourcompany.example', 'sam@ourcompany.example'],
        domains: ['sales.ourcompany.example'],
        channels: ['#sales-emea'],
      },
      quietSites: ['crm.ourcompany.example'],
    },
  });
  for (const record of SAMPLE_ACTIVITY) {
    await send(page, {
      type: 'activity:record',
      record: { site: record.site, entryIds: [], entryNames: record.names, choice: record.choice },
    });
  }
}

/** The content script reports the editor a moment after typing: reopen the popup until it names it. */
async function popupNamingTheEditor(session: ExtensionSession, colorScheme: 'light' | 'dark'): Promise<RealPopup> {
  for (let attempt = 0; ; attempt += 1) {
    const popup = await openRealPopup(session, { colorScheme });
    await popup.waitFor(`document.querySelectorAll('.prospect-list .prospect').length > 0 && !document.body.innerText.includes('…')`);
    if (await popup.evaluate<boolean>(`document.querySelector('.page-status .editor-found') !== null`)) return popup;
    await popup.close();
    if (attempt === 20) throw new Error('The popup never named the editor of the compose page: is the content script reporting it?');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Waits until two screenshots taken a frame apart are identical (the caution draws asynchronously). */
async function waitForPixelsToSettle(page: Page): Promise<void> {
  let previous = await page.screenshot();
  for (let attempt = 0; attempt < 40; attempt += 1) {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
    const next = await page.screenshot();
    if (next.equals(previous) && attempt > 2) return;
    previous = next;
  }
}

async function shoot(locale: UiLocale, colorScheme: 'light' | 'dark'): Promise<string[]> {
  const suffix = colorScheme === 'dark' ? `dark-${locale}` : locale;
  const written: string[] = [];
  const save = (name: string, png: Buffer) => {
    const path = resolve(OUT, `${name}-${suffix}.png`);
    writeFileSync(path, png);
    written.push(path);
  };

  const session = await launchExtension({ locale, colorScheme });
  const server = await startComposePageServer();
  try {
    // The install hook may have opened the first-run page; close it so it does not steal focus.
    for (const page of pagesAt(session, 'onboarding.html')) await page.close();

    const options = await session.openPage('options.html', PAGE_VIEWPORT);
    await seed(options);
    await options.reload();
    await options.locator('.watchlist-table tbody tr').first().waitFor();
    await options.evaluate(() => document.fonts.ready);
    save('settings', await options.screenshot());
    // The rest of the page: sales team, sites and the activity log.
    await options.locator('#sales-team').evaluate((section) => section.scrollIntoView({ block: 'start' }));
    save('settings-team', await options.screenshot());
    await options.close();

    const compose = await session.context.newPage();
    await compose.setViewportSize(PAGE_VIEWPORT);
    await compose.goto(server.url);
    await compose.bringToFront();
    await compose.locator('#body').click();
    // Typing lets the content script report the editor, which the popup then names.
    await compose.keyboard.type(locale === 'fr' ? 'Bonjour à tous,' : 'Hello team,');
    const popup = await popupNamingTheEditor(session, colorScheme);
    save('popup', await popup.screenshot());
    await popup.close();

    // The in-page caution (closed shadow root: only pixels reach us) and the pre-send question.
    await compose.locator('#body').fill('');
    await compose.locator('#body').click();
    await compose.keyboard.type(
      // "Acme" is an alias: the caution names Acme Robotics, with the word typed.
      locale === 'fr' ? 'Bonjour, le devis pour Acme est prêt.' : 'Hi, the Acme quote is ready.',
    );
    await waitForPixelsToSettle(compose);
    save('caution', await compose.screenshot({ clip: { x: 0, y: 0, width: 1040, height: 420 } }));
    await compose.locator('#send').click();
    await waitForPixelsToSettle(compose);
    save('caution-dialog', await compose.screenshot({ clip: { x: 0, y: 0, width: 1040, height: 480 } }));
    // Review, then make the caution small: the badge by the editor's corner.
    await compose.keyboard.press('Escape');
    const ui = new CautionUiReader(await compose.context().newCDPSession(compose));
    await ui.click(cautionMessage(locale, 'caution_minimise'));
    await waitForPixelsToSettle(compose);
    save('caution-badge', await compose.screenshot({ clip: { x: 0, y: 0, width: 1040, height: 420 } }));
    // Back to the card for the next run: the site remembers the badge otherwise.
    const badge = (await ui.nodes()).find((node) => node.role?.value === 'button' && String(node.name?.value).startsWith('Prospect Guard'));
    if (badge?.name?.value) await ui.click(String(badge.name.value));

    const onboarding = await session.openPage('onboarding.html', PAGE_VIEWPORT);
    await onboarding.getByRole('heading', { level: 1 }).waitFor();
    await onboarding.evaluate(() => document.fonts.ready);
    save('onboarding', await onboarding.screenshot({ fullPage: true }));
    await onboarding.close();
  } finally {
    await session.close();
    await server.close();
  }
  return written;
}

mkdirSync(OUT, { recursive: true });
const runs: [UiLocale, 'light' | 'dark'][] = [
  ['en', 'light'],
  ['fr', 'light'],
  ['en', 'dark'],
];
for (const [locale, scheme] of runs) {
  for (const path of await shoot(locale, scheme)) console.log(`wrote ${path}`);
}
