// Notion (www.notion.so and pages published on notion.site). A page is a document, not a message:
// its title and blocks get the caution while they name a prospect, and nothing there is
// intercepted. Notion AI's chat box does send: Enter sends what is typed there (Shift+Enter is a
// new line), and so does its Send button.

import type { SiteAdapter } from './site-adapter';
import { composeBox } from './compose-box';
import { beginsWithWord, hostIs, labelOf } from './dom-query';

const HOSTS = ['notion.so', 'notion.site'];

/** Page title and blocks are contenteditable leaves inside the page frame. */
const PAGE = '.notion-page-content, .notion-page-block, .notion-frame, .notion-peek-renderer';
/** The search dialog ("Search" / Ctrl+P) and other inputs are not guarded. */
const SEARCH = '.notion-search, [role="search"], input[type="search"]';
/** Notion AI's chat box (the AI panel and the AI block's prompt). */
const AI_COMPOSER = '.notion-ai-composer';
const BUTTON = 'button, [role="button"]';
const SEND_LABELS = ['Send', 'Submit', 'Envoyer'];

function isAiChatBox(editable: HTMLElement): boolean {
  return editable.isContentEditable && editable.closest(AI_COMPOSER) !== null && !editable.closest(SEARCH);
}

function isPageBlock(editable: HTMLElement): boolean {
  return editable.isContentEditable && editable.closest(PAGE) !== null && !editable.closest(SEARCH) && !editable.closest(AI_COMPOSER);
}

/** The AI chat box's Send: a button saying so, inside the AI composer; "Add context" or "Mention" are not sends. */
function isSendButton(control: HTMLElement): boolean {
  return (
    control.closest(AI_COMPOSER) !== null && control.getAttribute('aria-haspopup') === null && beginsWithWord(labelOf(control), SEND_LABELS)
  );
}

const aiComposer = composeBox({ controls: BUTTON, isSend: isSendButton }, (editor) =>
  isAiChatBox(editor) ? editor.closest<HTMLElement>(AI_COMPOSER) : null,
);

export const notionAdapter: SiteAdapter = {
  id: 'notion',
  matches: (url) => hostIs(url, HOSTS),
  // Only the AI chat box has a send to intercept: page blocks answer no to every send question below.
  intercepts: true,
  editorFor: (editable) => (isAiChatBox(editable) || isPageBlock(editable) ? editable : null),
  enterSends: (editor) => isAiChatBox(editor),
  modEnterSends: (editor) => isAiChatBox(editor),
  isSendControl: aiComposer.isSendControl,
  findSendControl: aiComposer.findSendControl,
  replayByClick: false,
  // Who reads a page depends on its sharing, which the editor does not show; what is asked of
  // Notion AI leaves the page's readers. Either way unknown, so the caution stays.
  audience: () => ({ kind: 'unknown' }),
};

// Try by hand:
// - https://www.notion.so/ → any page: type a prospect's name in a paragraph or the title (caution, no dialog; Enter makes a new block)
// - https://www.notion.so/ → Notion AI (the AI button, bottom right, or "Ask AI"): type a prospect, press Enter (dialog)
// - https://www.notion.so/ → Search (Ctrl+P): no caution
// - https://<workspace>.notion.site/<page> (a public page in edit mode, when allowed)
