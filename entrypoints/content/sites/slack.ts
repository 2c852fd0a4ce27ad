// Slack in the browser (app.slack.com): channel and direct-message composer, and thread replies.
// The composer is a Quill-based ".ql-editor"; Enter sends, Shift+Enter is a new line.

import type { Audience, SiteAdapter } from './site-adapter';
import { composeBox } from './compose-box';
import { beginsWithWord, collapseSpaces, firstAccepted, hostIs, labelOf, nearestAncestorHolding, textOf } from './dom-query';
import { conversationAudience } from './page-audience';

const HOSTS = ['app.slack.com'];

/** The message composer; Slack's search field is a texty editor too, but outside message_input. */
const MESSAGE_INPUT = '[data-qa="message_input"]';
const EDITOR = '.ql-editor[contenteditable="true"], [contenteditable="true"][role="textbox"]';
const SEND_BUTTON = 'button[data-qa="texty_send_button"]';
const BUTTON = 'button, [role="button"]';
const SEND_WORDS = ['Send', 'Envoyer'];
/** "Message #sales", "Message Jane Doe", "Envoyer un message à #ventes"; thread boxes say "Reply…". */
const MESSAGE_LABEL = /^(?:message(?:\s+(?:to|à|dans))?|envoyer un message (?:à|dans|sur))\s+(.+)$/i;
const CHANNEL_HEADER = ['[data-qa="channel_name"]', 'button[data-qa="channel_name_button"]', '[data-qa="channel_header_name"]'].join(', ');

/** Slack's send button, or one saying "Send…" inside the composer (the schedule menu is not a send). */
function isSendButton(element: HTMLElement): boolean {
  if (element.matches(SEND_BUTTON)) return true;
  return (
    element.closest(MESSAGE_INPUT) !== null &&
    element.getAttribute('aria-haspopup') === null &&
    beginsWithWord(labelOf(element), SEND_WORDS)
  );
}

/** The composer box around an editor: the message_input block with its toolbar and Send button. */
function composerOf(editor: HTMLElement): HTMLElement | null {
  const input = editor.closest<HTMLElement>(MESSAGE_INPUT);
  if (!input || firstAccepted(input, BUTTON, isSendButton)) return input;
  return nearestAncestorHolding(input, BUTTON, isSendButton) ?? input;
}

const composer = composeBox({ controls: BUTTON, isSend: isSendButton }, composerOf);

function channelFromLabel(label: string): string | null {
  const name = MESSAGE_LABEL.exec(collapseSpaces(label))?.[1];
  return name ? name.replace(/^[#@]/, '').trim() : null;
}

function audience(editor: HTMLElement): Audience {
  const labelled = [editor, editor.closest(MESSAGE_INPUT)].map((element) => element?.getAttribute('aria-label') ?? '');
  for (const label of labelled) {
    const name = channelFromLabel(label);
    if (name) return { kind: 'channel', name };
  }
  // A thread reply box does not name its channel; the open channel's header does.
  const header = editor.ownerDocument.querySelector(CHANNEL_HEADER);
  return conversationAudience(textOf(header).replace(/^[#@]/, '').trim());
}

export const slackAdapter: SiteAdapter = {
  id: 'slack',
  matches: (url) => hostIs(url, HOSTS),
  intercepts: true,
  editorFor: (editable) => (editable.matches(EDITOR) && editable.closest(MESSAGE_INPUT) ? editable : null),
  enterSends: () => true,
  // With "Enter inserts a new line" set in Slack's preferences, Ctrl/Cmd+Enter sends instead.
  modEnterSends: () => true,
  isSendControl: composer.isSendControl,
  findSendControl: composer.findSendControl,
  // Not verified that a synthetic click on Slack's Send button sends: the person's next send goes through.
  replayByClick: false,
  audience,
};

// Try by hand:
// - https://app.slack.com/client/ (open a channel: composer "Message #channel", Enter and the Send button)
// - https://app.slack.com/client/ → a direct message ("Message Jane Doe")
// - https://app.slack.com/client/ → hover a message → "Reply in thread" (thread box "Reply…")
// - the search bar at the top must show no caution
