// Runs once before the e2e files: the extension must already be built (`npm test` builds it),
// the editor pages are built here so every run tests the editors installed right now.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildTestPages } from './build-test-pages';
import { CHROME_BUILD_DIR } from './project-paths';
import { chromiumPath } from './chromium-path';

export default async function globalSetup(): Promise<void> {
  if (!existsSync(join(CHROME_BUILD_DIR, 'manifest.json'))) {
    throw new Error(`The e2e tests load the built extension, and ${CHROME_BUILD_DIR} has none: run "npm run build" first.`);
  }
  if (!existsSync(chromiumPath())) {
    throw new Error(
      `No Chromium at ${chromiumPath()}: install it ("apt-get install -y chromium") or set CHROMIUM_PATH to a Chromium-based browser.`,
    );
  }
  await buildTestPages();
}
