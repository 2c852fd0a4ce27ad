// Builds the real-host server's pages: each site's saved structure (an adapter fixture) in a page
// shell that loads the site's own send behaviour (tests/e2e/sites/site-app.js).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './project-paths';
import type { SitePage } from './real-host-server';

const FIXTURES = join(PROJECT_ROOT, 'tests', 'unit', 'content', 'sites', 'fixtures');
export const SITE_APP_PATH = '/__test/site-app.js';

export interface SitePageSpec {
  url: string;
  fixture: string;
  kind: 'chat' | 'mail';
  editor: string;
  send: string | null;
}

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export function sitePage(spec: SitePageSpec): SitePage {
  const structure = readFileSync(join(FIXTURES, `${spec.fixture}.html`), 'utf8');
  const send = spec.send === null ? '' : ` data-send="${attribute(spec.send)}"`;
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${attribute(new URL(spec.url).hostname)}</title>
<style>
  [contenteditable], textarea { display: block; min-height: 2em; border: 1px solid #999; }
  /* The sites draw their buttons' icons from stylesheets we do not have: give every control a size. */
  button, [role="button"] { display: inline-block; min-width: 24px; min-height: 24px; border: 1px solid #999; }
</style></head>
<body>
${structure}
<script src="${SITE_APP_PATH}" data-editor="${attribute(spec.editor)}" data-kind="${spec.kind}"${send}></script>
</body></html>`;
  return { html };
}

export function siteAppScript(): string {
  return readFileSync(join(PROJECT_ROOT, 'tests', 'e2e', 'sites', 'site-app.js'), 'utf8');
}
