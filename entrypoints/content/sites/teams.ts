// Microsoft Teams in the browser: chats and channel posts. The composer is CKEditor 5
// (data-tid="ckeditor"); Enter sends, Shift+Enter is a new line, Ctrl/Cmd+Enter sends from the
// expanded format box.

import type { Audience, SiteAdapter } from './site-adapter';
import { composeBox } from './compose-box';
import { collapseSpaces, hostIs, runsCommand } from './dom-query';
import { conversationAudience } from './page-audience';

const HOSTS = ['teams.microsoft.com', 'teams.live.com', 'teams.cloud.microsoft'];

const EDITOR = ['[contenteditable="true"][data-tid="ckeditor"]', '.ck-editor__editable[contenteditable="true"][role="textbox"]'].join(', ');
/** Send in a channel post (newMessageCommands) and in a chat (sendMessageCommands), in every UI language. */
const SEND_BUTTON = 'button[data-tid="newMessageCommands-send"], button[data-tid="sendMessageCommands-send"]';
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
  return element.matches(SEND_BUTTON) || runsCommand(element, SEND_WORDS);
}

/** The compose box around an editor: its nearest ancestor holding a Send button. */
const compose = composeBox({ controls: BUTTON, isSend: isSendButton });

function audience(editor: HTMLElement): Audience {
  const title = editor.ownerDocument.querySelector(CONVERSATION_TITLE);
  return conversationAudience(collapseSpaces(title?.getAttribute('title') ?? title?.textContent ?? ''));
}

export const teamsAdapter: SiteAdapter = {
  id: 'teams',
  matches: (url) => hostIs(url, HOSTS),
  intercepts: true,
  // The search box at the top is an <input>, never a CKEditor: only composers are guarded.
  editorFor: (editable) => (editable.matches(EDITOR) ? editable : null),
  enterSends: () => true,
  modEnterSends: () => true,
  isSendControl: compose.isSendControl,
  findSendControl: compose.findSendControl,
  // Not verified that a synthetic click on Teams' Send button sends: the person's next send goes through.
  replayByClick: false,
  audience,
};

// Try by hand:
// - https://teams.microsoft.com/v2/ → Chat → a conversation ("Type a message", Enter, the Send button)
// - https://teams.microsoft.com/v2/ → Teams → a channel → "Start a post" (expanded box: Ctrl+Enter)
// - https://teams.live.com/v2/ (personal accounts)
// - the search box at the top must show no caution
