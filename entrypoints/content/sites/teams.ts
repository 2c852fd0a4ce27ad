// Microsoft Teams in the browser: chats and channel posts. The composer is CKEditor 5
// (data-tid="ckeditor"); Enter sends, Shift+Enter is a new line, Ctrl/Cmd+Enter sends from the
// expanded format box.

import type { Audience, SiteAdapter } from './site-adapter';
import {
  beginsWithWord,
  closestAccepted,
  collapseSpaces,
  firstAccepted,
  hostIs,
  labelOf,
  nearestAncestorHolding,
} from './dom-query';

const HOSTS = ['teams.microsoft.com', 'teams.live.com', 'teams.cloud.microsoft'];

const EDITOR = [
  '[contenteditable="true"][data-tid="ckeditor"]',
  '.ck-editor__editable[contenteditable="true"][role="textbox"]',
].join(', ');
const SEND_BUTTON = 'button[data-tid="newMessageCommands-send"]';
const BUTTON = 'button, [role="button"]';
const SEND_WORDS = ['Send', 'Envoyer'];
/** The conversation's name: a chat's title or a channel's name in the header. */
const CONVERSATION_TITLE = [
  '[data-tid="chat-title"]',
  '[data-tid="chat-header-title"]',
  '[data-tid="channel-header-title"]',
  '[data-tid="channelTitle-text"]',
].join(', ');

function isSendButton(element: HTMLElement): boolean {
  if (element.matches(SEND_BUTTON)) return true;
  return element.getAttribute('aria-haspopup') !== 'true' && beginsWithWord(labelOf(element), SEND_WORDS);
}

/** The compose box around an editor: its nearest ancestor holding a Send button. */
function composeOf(editor: HTMLElement): HTMLElement | null {
  return nearestAncestorHolding(editor, BUTTON, isSendButton);
}

function findSendControl(editor: HTMLElement): HTMLElement | null {
  const compose = composeOf(editor);
  return compose ? firstAccepted(compose, BUTTON, isSendButton) : null;
}

function audience(editor: HTMLElement): Audience {
  const title = editor.ownerDocument.querySelector(CONVERSATION_TITLE);
  const name = collapseSpaces(title?.getAttribute('title') ?? title?.textContent ?? '');
  return name ? { kind: 'channel', name } : { kind: 'unknown' };
}

export const teamsAdapter: SiteAdapter = {
  id: 'teams',
  matches: (url) => hostIs(url, HOSTS),
  intercepts: true,
  // The search box at the top is an <input>, never a CKEditor: only composers are guarded.
  editorFor: (editable) => (editable.matches(EDITOR) ? editable : null),
  enterSends: () => true,
  modEnterSends: () => true,
  isSendControl: (target, editor) => {
    const control = closestAccepted(target, BUTTON, isSendButton);
    return control !== null && composeOf(editor)?.contains(control) === true;
  },
  findSendControl,
  // Not verified that a synthetic click on Teams' Send button sends: the person's next send goes through.
  replayByClick: false,
  audience,
};

// Try by hand:
// - https://teams.microsoft.com/v2/ → Chat → a conversation ("Type a message", Enter, the Send button)
// - https://teams.microsoft.com/v2/ → Teams → a channel → "Start a post" (expanded box: Ctrl+Enter)
// - https://teams.live.com/v2/ (personal accounts)
// - the search box at the top must show no caution
