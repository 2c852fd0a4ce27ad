// Gmail (mail.google.com): the compose window, pop-out and inline reply. Ctrl/Cmd+Enter sends;
// Enter is a new line. Recipients are read from the To/Cc/Bcc chips and what is still being typed.
// Structure as InboxSDK reads it (gmail-compose-view.ts): a compose is a table (.aoP) holding the
// form with recipients and subject (form.bAs) beside the table with the body and the bottom bar,
// whose first cell holds Send (".IZ .Up div > div[role=button]"), in every UI language.

import type { Audience, SiteAdapter } from './site-adapter';
import { addressIn, parseAddressList } from '../../../utils/model/audience';
import { composeBox } from './compose-box';
import { firstAccepted, hostIs, nearestAncestorHolding, runsCommand } from './dom-query';
import { recipientsAudience } from './page-audience';

const HOSTS = ['mail.google.com'];
/** Gmail's integrated Chat (/chat, #chat) belongs to the Google Chat adapter. */
const CHAT_PATH = /^\/chat(\/|$)/;
const CHAT_HASH = /^#chat(\/|$)/;

/** The message body (role=textbox, g_editable) and the subject line: both leave with the message. */
const BODY = 'div[contenteditable="true"][role="textbox"], div[contenteditable="true"][g_editable="true"]';
const SUBJECT = 'input[name="subjectbox"]';
/** Gmail's buttons are div[role=button]. */
const BUTTON = '[role="button"]';
/**
 * Send (and an inline reply's "Send + archive") sit first in the compose's bottom bar, whatever
 * the language; the arrow beside them opens "More send options" (aria-haspopup).
 */
const BOTTOM_BAR_SEND = '.IZ .Up div > div[role="button"]';
/** Last resort when the bar's classes change: a label that says Send ("Send ‪(Ctrl-Enter)‬"). */
const SEND_WORDS = ['Send', 'Envoyer'];
/** The whole compose: recipients, subject, body and bottom bar. */
const COMPOSE = '.aoP';
/**
 * 2021+ layout: div[name=to|cc|bcc] holding chips [role=option][data-hovercard-id];
 * classic layout: inputs named to/cc/bcc.
 */
const RECIPIENT_FIELDS = '[name="to"], [name="cc"], [name="bcc"]';
const CHIP_ADDRESS_ATTRIBUTES = ['data-hovercard-id', 'email'] as const;
const CHIP = '[data-hovercard-id], [email]';
const TYPING_BOX = 'input, textarea';

/** "Send" and "Send + archive"; "More send options" (schedule send) opens a menu: not a send. */
function isSendButton(element: HTMLElement): boolean {
  if (element.getAttribute('aria-haspopup') === 'true') return false;
  return element.matches(BOTTOM_BAR_SEND) || runsCommand(element, SEND_WORDS);
}

/**
 * A compose (dialog, pop-out or inline reply) around an editor: Gmail's compose table, else the
 * nearest ancestor holding a Send button, widened to take in the recipient fields as long as no
 * other compose's Send comes in with them.
 */
function composeAround(editor: HTMLElement): HTMLElement | null {
  const table = editor.closest<HTMLElement>(COMPOSE);
  if (table && firstAccepted(table, BUTTON, isSendButton)) return table;
  const box = nearestAncestorHolding(editor, BUTTON, isSendButton);
  if (!box) return null;
  const sendsIn = (node: Element) => [...node.querySelectorAll<HTMLElement>(BUTTON)].filter(isSendButton).length;
  const own = sendsIn(box);
  let around: HTMLElement = box;
  while (!around.querySelector(RECIPIENT_FIELDS)) {
    const parent = around.parentElement;
    if (!parent || sendsIn(parent) > own) break;
    around = parent;
  }
  return around.querySelector(RECIPIENT_FIELDS) ? around : box;
}

const compose = composeBox({ controls: BUTTON, isSend: isSendButton }, composeAround);

function recipientsIn(field: Element): string[] {
  if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) return parseAddressList(field.value);
  const recipients: string[] = [];
  for (const chip of field.querySelectorAll(CHIP)) {
    const written = CHIP_ADDRESS_ATTRIBUTES.map((name) => chip.getAttribute(name)).find((value) => value);
    if (written) recipients.push(addressIn(written) ?? written);
  }
  // Text still in the box becomes a recipient when the person sends.
  for (const box of field.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(TYPING_BOX)) {
    recipients.push(...parseAddressList(box.value));
  }
  return recipients;
}

function audience(editor: HTMLElement): Audience {
  const box = compose.around(editor);
  const fields = box ? [...box.querySelectorAll(RECIPIENT_FIELDS)] : [];
  return recipientsAudience(fields, recipientsIn);
}

export const gmailAdapter: SiteAdapter = {
  id: 'gmail',
  matches: (url) => hostIs(url, HOSTS) && !CHAT_PATH.test(url.pathname) && !CHAT_HASH.test(url.hash),
  intercepts: true,
  // Only the body and subject of a compose are guarded; the search box and recipient fields are not.
  editorFor: (editable) => (editable.matches(`${BODY}, ${SUBJECT}`) && compose.around(editable) ? editable : null),
  enterSends: () => false,
  modEnterSends: () => true,
  isSendControl: compose.isSendControl,
  findSendControl: compose.findSendControl,
  // Gmail's buttons act on a mousedown/mouseup sequence (InboxSDK's send() simulates mousedown, mouseup
  // and click); a lone synthetic click is not known to send, so the person's next send goes through.
  replayByClick: false,
  audience,
};

// Try by hand:
// - https://mail.google.com/mail/u/0/#inbox?compose=new (new message: To/Cc/Bcc chips, Ctrl+Enter, Send)
// - https://mail.google.com/mail/u/0/#inbox → open a thread → Reply (inline reply, "Send" and "Send + archive")
// - https://mail.google.com/mail/u/0/#search/test (the search box must show no caution)
