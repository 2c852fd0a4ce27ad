// Google Chat: chat.google.com, and Chat inside Gmail (mail.google.com/chat, #chat), whose
// conversations load in a chat.google.com frame. Enter sends, Shift+Enter is a new line.

import type { Audience, SiteAdapter } from './site-adapter';
import { composeBox } from './compose-box';
import { collapseSpaces, hostIs, runsCommand, textOf } from './dom-query';
import { conversationAudience } from './page-audience';

const CHAT_HOSTS = ['chat.google.com'];
const GMAIL_HOSTS = ['mail.google.com'];
const GMAIL_CHAT_PATH = /^\/chat(\/|$)/;
const GMAIL_CHAT_HASH = /^#chat(\/|$)/;

const EDITOR = 'div[contenteditable="true"][role="textbox"]';
const BUTTON = 'button, [role="button"]';
const SEND_WORDS = ['Send message', 'Send', 'Envoyer le message', 'Envoyer'];
/** A composer labelled "Message Jane Doe" / "Envoyer un message à Jane Doe" names its conversation. */
const MESSAGE_LABEL = /^(?:message|envoyer un message (?:à|dans))\s+(.+)$/i;
const LABEL_ATTRIBUTES = ['aria-label', 'data-placeholder', 'placeholder'] as const;
/** Otherwise the conversation's heading in the open space or direct message. */
const CONVERSATION_HEADING = ['[role="main"] [role="heading"][aria-level="1"]', '[role="main"] [role="heading"][aria-level="2"]'].join(
  ', ',
);

function isSendButton(element: HTMLElement): boolean {
  return runsCommand(element, SEND_WORDS);
}

/** The composer around an editor (the space's or a thread's): its nearest ancestor holding a Send button. */
const composer = composeBox({ controls: BUTTON, isSend: isSendButton });

function audience(editor: HTMLElement): Audience {
  for (const attribute of LABEL_ATTRIBUTES) {
    const name = MESSAGE_LABEL.exec(collapseSpaces(editor.getAttribute(attribute) ?? ''))?.[1];
    if (name) return { kind: 'channel', name };
  }
  return conversationAudience(textOf(editor.ownerDocument.querySelector(CONVERSATION_HEADING)));
}

export const googleChatAdapter: SiteAdapter = {
  id: 'google-chat',
  matches: (url) =>
    hostIs(url, CHAT_HOSTS) || (hostIs(url, GMAIL_HOSTS) && (GMAIL_CHAT_PATH.test(url.pathname) || GMAIL_CHAT_HASH.test(url.hash))),
  intercepts: true,
  // Composers only (the space's and each thread's); the search box is an <input>.
  editorFor: (editable) => (editable.matches(EDITOR) && composer.around(editable) ? editable : null),
  enterSends: () => true,
  modEnterSends: () => false,
  isSendControl: composer.isSendControl,
  findSendControl: composer.findSendControl,
  // Not verified that a synthetic click on Chat's Send button sends: the person's next send goes through.
  replayByClick: false,
  audience,
};

// Try by hand:
// - https://chat.google.com/u/0/app/home → a space or a direct message (composer, Enter, Send)
// - https://mail.google.com/chat/u/0/#chat/home (Chat inside Gmail; the conversation is a chat.google.com frame)
// - https://chat.google.com/u/0/app/home → a space → reply in a thread
