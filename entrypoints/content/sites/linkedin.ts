// LinkedIn messaging (www.linkedin.com/messaging and the chat bubbles on every LinkedIn page).
// Whether Enter sends depends on the person's "Press Enter to Send" / "Click Send" choice.
// Other editors on LinkedIn (posts, comments) get the caution only: nothing is intercepted there.

import type { Audience, SiteAdapter } from './site-adapter';
import { beginsWithWord, closestAccepted, hostIs, labelOf, textOf } from './dom-query';
import { conversationAudience } from './page-audience';

const HOSTS = ['linkedin.com'];

const MESSAGE_FORM = 'form.msg-form, .msg-form';
const MESSAGE_EDITOR = '.msg-form__contenteditable[contenteditable="true"]';
const SEND_BUTTON = 'button.msg-form__send-button, button.msg-form__send-btn';
/** The global search and other typeahead fields are never guarded. */
const SEARCH = [
  'input[type="search"]',
  'input[role="combobox"]',
  '.search-global-typeahead__input',
  '.msg-search-form input',
  '[role="search"] input',
].join(', ');
/** The "send options" menu: the checked entry says which key sends. */
const SEND_OPTION_CHECKED = [
  '[role="menuitemradio"][aria-checked="true"]',
  '[role="radio"][aria-checked="true"]',
  '[role="option"][aria-selected="true"]',
  'input[type="radio"]:checked',
].join(', ');
const ENTER_SENDS_WORDS = ['Press Enter to Send', 'Appuyez sur Entrée pour envoyer', 'Appuyer sur Entrée pour envoyer'];
const CLICK_SENDS_WORDS = ['Click Send', 'Cliquez sur Envoyer', 'Cliquer sur Envoyer'];
/** A conversation: the full messaging page's thread or a chat bubble. */
const CONVERSATION = '.msg-overlay-conversation-bubble, .msg-convo-wrapper, .msg-thread, .scaffold-layout__detail';
const PARTICIPANT_NAME = [
  '.msg-overlay-bubble-header__title',
  '.msg-entity-lockup__entity-title',
  '.msg-thread__link-to-profile',
  '.msg-title-bar__title',
].join(', ');

function isMessageEditor(editor: Element): boolean {
  return editor.matches(MESSAGE_EDITOR) || editor.closest(MESSAGE_FORM) !== null;
}

function optionLabel(option: Element): string {
  const label = option instanceof HTMLInputElement ? (option.labels?.[0] ?? option.closest('label')) : option;
  return label ? labelOf(label) : '';
}

/** Read from the send-options menu when the page shows it; unknown means Enter may send, so it is guarded. */
function enterSends(editor: HTMLElement): boolean {
  if (!isMessageEditor(editor)) return false;
  const scope = editor.closest(MESSAGE_FORM) ?? editor.ownerDocument;
  for (const option of scope.querySelectorAll(SEND_OPTION_CHECKED)) {
    const label = optionLabel(option);
    if (beginsWithWord(label, ENTER_SENDS_WORDS)) return true;
    if (beginsWithWord(label, CLICK_SENDS_WORDS)) return false;
  }
  return true;
}

function findSendControl(editor: HTMLElement): HTMLElement | null {
  return editor.closest(MESSAGE_FORM)?.querySelector<HTMLElement>(SEND_BUTTON) ?? null;
}

function audience(editor: HTMLElement): Audience {
  if (!isMessageEditor(editor)) return { kind: 'unknown' }; // a post or comment: anyone may read it
  const conversation = editor.closest(CONVERSATION);
  const title = conversation?.querySelector(PARTICIPANT_NAME) ?? editor.ownerDocument.querySelector(PARTICIPANT_NAME);
  return conversationAudience(textOf(title));
}

export const linkedinAdapter: SiteAdapter = {
  id: 'linkedin',
  matches: (url) => hostIs(url, HOSTS),
  intercepts: true,
  editorFor: (editable) => (editable.matches(SEARCH) ? null : editable),
  enterSends,
  modEnterSends: () => false,
  isSendControl: (target, editor) => {
    const control = closestAccepted(target, 'button', (button) => button.matches(SEND_BUTTON));
    return control !== null && control === findSendControl(editor);
  },
  findSendControl,
  // Send is a submit <button>; public content scripts send LinkedIn messages with sendButton.click().
  replayByClick: true,
  audience,
};

// Try by hand:
// - https://www.linkedin.com/messaging/ → a conversation ("Write a message…", Send, the "…" send options)
// - https://www.linkedin.com/feed/ → the chat bubbles at the bottom right
// - https://www.linkedin.com/feed/ → "Start a post" (caution only) and the search box (no caution)
