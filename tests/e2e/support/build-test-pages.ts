// Builds the editor test pages with Vite (tests/e2e/pages/vite.config.ts) into .tmp/pages/.
import { build } from 'vite';
import { PAGES_VITE_CONFIG } from './project-paths';

export async function buildTestPages(): Promise<void> {
  await build({ configFile: PAGES_VITE_CONFIG, logLevel: 'warn' });
}
