// Notion (www.notion.so and pages published on notion.site): a document, not a message. The caution
// shows while a page names a prospect; there is no send to intercept.

import type { SiteAdapter } from './site-adapter';
import { hostIs } from './dom-query';

const HOSTS = ['notion.so', 'notion.site'];

/** Page title and blocks are contenteditable leaves inside the page frame. */
const PAGE = '.notion-page-content, .notion-page-block, .notion-frame, .notion-peek-renderer';
/** The search dialog ("Search" / Ctrl+P) and other inputs are not guarded. */
const SEARCH = '.notion-search, [role="search"], input[type="search"]';

export const notionAdapter: SiteAdapter = {
  id: 'notion',
  matches: (url) => hostIs(url, HOSTS),
  intercepts: false,
  editorFor: (editable) => (editable.isContentEditable && editable.closest(PAGE) && !editable.closest(SEARCH) ? editable : null),
  enterSends: () => false,
  modEnterSends: () => false,
  isSendControl: () => false,
  findSendControl: () => null,
  replayByClick: false,
  // Who reads a page depends on its sharing, which the editor does not show: unknown, so the caution stays.
  audience: () => ({ kind: 'unknown' }),
};

// Try by hand:
// - https://www.notion.so/ → any page: type a prospect's name in a paragraph or the title (caution, no dialog)
// - https://www.notion.so/ → Search (Ctrl+P): no caution
// - https://<workspace>.notion.site/<page> (a public page in edit mode, when allowed)
