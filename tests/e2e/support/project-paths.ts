// Where the e2e harness finds the built extension, the built test pages and the demo.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The Chrome/Edge build the tests load, produced by `npm run build` (or `wxt build`). */
export const CHROME_BUILD_DIR = join(PROJECT_ROOT, '.output', 'chrome-mv3');
/** The Firefox build the Firefox suite installs (`npm run build:firefox`; `npm test` builds both). */
export const FIREFOX_BUILD_DIR = join(PROJECT_ROOT, '.output', 'firefox-mv2');
/** Test pages with real editors, built by tests/e2e/pages/vite.config.ts. */
export const PAGES_BUILD_DIR = join(PROJECT_ROOT, '.tmp', 'pages');
export const PAGES_VITE_CONFIG = join(PROJECT_ROOT, 'tests', 'e2e', 'pages', 'vite.config.ts');
export const DEMO_DIR = join(PROJECT_ROOT, 'demo');
