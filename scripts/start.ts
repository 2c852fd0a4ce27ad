// `npm start`: builds the extension, serves the demo page on localhost, opens Chromium with the
// extension loaded and the sample watchlist imported, on the demo page — in the system's language
// (French or English, from LANGUAGE/LC_ALL/LC_MESSAGES/LANG), which the demo page follows too.
// `npm start -- --headless` does the same without a window (machines with no display), checks that
// typing a prospect name shows the caution, and exits.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser } from '../tests/e2e/support/launch-browser';
import { importWatchlistText } from '../tests/e2e/support/seed-watchlist';
import { startStaticServer } from '../tests/e2e/support/static-server';
import { findAx, waitForAx } from '../tests/e2e/support/accessibility-tree';
import { DEMO_DIR, PROJECT_ROOT } from '../tests/e2e/support/project-paths';
import { systemLanguage } from './system-language';

const headless = process.argv.includes('--headless');

if (!headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('There is no display to open Chromium on: run "npm start -- --headless", or "xvfb-run npm start".');
  process.exit(1);
}

console.log('Building the extension for Chrome/Edge…');
execFileSync('npx', ['wxt', 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit' });

const demo = await startStaticServer(DEMO_DIR);
const language = systemLanguage(process.env);
const browser = await launchBrowser({ headless, language });
let stopping = false;
async function stop(exitCode: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await browser.close().catch(() => {});
    await demo.close().catch(() => {});
  }
  process.exit(exitCode);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

try {
  const sample = await readFile(join(DEMO_DIR, 'sample-watchlist.json'), 'utf8');
  const imported = await importWatchlistText(browser.context, browser.extensionId!, sample, 'sample-watchlist.json');
  if (imported.ok) console.log(`Sample watchlist imported: ${imported.total} entries (${imported.added} added).`);

  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(demo.url('/index.html'));
  await page.bringToFront();
  console.log(`\nDemo page: ${demo.url('/index.html')}`);
  console.log(`Extension id: ${browser.extensionId}`);
  console.log(`Language: ${language === 'fr' ? 'French' : 'English'} (from the system's LANGUAGE/LANG).`);

  if (headless) {
    // No one to look at it: type a prospect name in the chat box and report what the page shows.
    await page.click('#chat-input');
    await page.keyboard.type('Shall we invite Acme Robotics?');
    const caution = await waitForAx(page, { role: 'status', name: /Acme Robotics/ }, 5_000).catch(() => null);
    console.log(
      caution
        ? 'Check: typing "Acme Robotics" in the chat box shows the caution.'
        : 'Check: no caution appeared within 5 s of typing "Acme Robotics".',
    );
    const demoText = JSON.parse(await readFile(join(DEMO_DIR, 'demo-text.json'), 'utf8')) as Record<string, { chatLabel: string }>;
    const chatLabel = demoText[language]!.chatLabel;
    const stillThere = await findAx(page, { role: 'textbox', name: chatLabel });
    console.log(stillThere ? 'Check: the demo page is up.' : 'Check: the chat box was not found on the demo page.');
    await stop(caution && stillThere ? 0 : 1);
  }

  console.log('Close the browser window (or press Ctrl+C) to stop.');
  browser.context.on('close', () => void stop(0));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stop(1);
}
