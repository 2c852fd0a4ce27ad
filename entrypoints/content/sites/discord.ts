// Discord in the browser (discord.com/channels): the channel and direct-message composer, a Slate
// editor. Enter sends, Shift+Enter is a new line; Discord shows no Send button on the desktop web.

import type { Audience, SiteAdapter } from './site-adapter';
import { collapseSpaces, hostIs, textOf } from './dom-query';

const HOSTS = ['discord.com'];
const CHANNELS_PATH = /^\/channels(\/|$)/;

/** Composers are Slate editors; the search bar is a Draft.js editor and is not guarded. */
const EDITOR = '[role="textbox"][data-slate-editor="true"][contenteditable="true"]';
/** "Message #general", "Message @jane", "Envoyer un message dans #général", "Envoyer un message à @jane". */
const MESSAGE_LABEL = /^(?:message|envoyer un message (?:à|dans|sur))\s+(.+)$/i;
const CHANNEL_HEADER = 'section[aria-label="Channel header"] h1, section[aria-label="En-tête du salon"] h1';

function audience(editor: HTMLElement): Audience {
  const name = MESSAGE_LABEL.exec(collapseSpaces(editor.getAttribute('aria-label') ?? ''))?.[1];
  if (name) return { kind: 'channel', name: name.replace(/^[#@]/, '') };
  const header = textOf(editor.ownerDocument.querySelector(CHANNEL_HEADER));
  return header ? { kind: 'channel', name: header.replace(/^[#@]/, '') } : { kind: 'unknown' };
}

export const discordAdapter: SiteAdapter = {
  id: 'discord',
  matches: (url) => hostIs(url, HOSTS) && CHANNELS_PATH.test(url.pathname),
  intercepts: true,
  editorFor: (editable) => (editable.matches(EDITOR) ? editable : null),
  enterSends: () => true,
  modEnterSends: () => false,
  isSendControl: () => false,
  findSendControl: () => null,
  // No Send button to click: after "Send anyway" the person's next Enter goes through.
  replayByClick: false,
  audience,
};

// Try by hand:
// - https://discord.com/channels/@me → a direct message ("Message @name", Enter)
// - https://discord.com/channels/<server>/<channel> ("Message #channel", Enter; Shift+Enter stays a new line)
// - the search bar at the top right must show no caution
