// WhatsApp Web (web.whatsapp.com): the chat composer in the footer, a Lexical editor.
// Enter sends ("Enter is send" is WhatsApp's default), Shift+Enter is a new line.

import type { Audience, SiteAdapter } from './site-adapter';
import { beginsWithWord, closestAccepted, collapseSpaces, firstAccepted, hostIs, labelOf } from './dom-query';
import { conversationAudience } from './page-audience';

const HOSTS = ['web.whatsapp.com'];

/** The message box lives in the open chat's footer; the chat-list search box (#side) is also Lexical. */
const CHAT = '#main';
const EDITOR = ['footer [contenteditable="true"][role="textbox"]', 'footer [contenteditable="true"][data-lexical-editor="true"]'].join(
  ', ',
);
const BUTTON = 'button, [role="button"]';
const SEND_WORDS = ['Send', 'Envoyer'];
const SEND_ICON = '[data-icon="send"], [data-icon="wds-ic-send-filled"]';
/** The open chat's name in its header. */
const CHAT_TITLE = [
  '[data-testid="conversation-info-header-chat-title"]',
  'header span[dir="auto"][title]',
  'header span[dir="auto"]',
].join(', ');

function isSendButton(element: HTMLElement): boolean {
  return beginsWithWord(labelOf(element), SEND_WORDS) || element.querySelector(SEND_ICON) !== null;
}

function findSendControl(editor: HTMLElement): HTMLElement | null {
  const footer = editor.closest('footer');
  return footer ? firstAccepted(footer, BUTTON, isSendButton) : null;
}

function audience(editor: HTMLElement): Audience {
  const title = editor.closest(CHAT)?.querySelector(CHAT_TITLE);
  // An empty title attribute gives way to the text shown.
  return conversationAudience(collapseSpaces(title?.getAttribute('title') || title?.textContent || ''));
}

export const whatsappAdapter: SiteAdapter = {
  id: 'whatsapp',
  matches: (url) => hostIs(url, HOSTS),
  intercepts: true,
  editorFor: (editable) => (editable.matches(EDITOR) && editable.closest(CHAT) ? editable : null),
  // A person who turned "Enter is send" off gets a caution on Enter that a second Enter passes.
  enterSends: () => true,
  modEnterSends: () => false,
  isSendControl: (target, editor) => {
    const control = closestAccepted(target, BUTTON, isSendButton);
    return control !== null && control === findSendControl(editor);
  },
  findSendControl,
  // Public auto-send extensions send with a click on button[aria-label="Send"]: replay by click is verified.
  replayByClick: true,
  audience,
};

// Try by hand:
// - https://web.whatsapp.com/ → open a chat ("Type a message", Enter, the Send button that replaces the microphone)
// - https://web.whatsapp.com/ → the "Search or start new chat" box (no caution)
// - https://web.whatsapp.com/ → a group chat (its name in the header)
