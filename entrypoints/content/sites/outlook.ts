// Outlook on the web (work, school and personal accounts): new message, pop-out and inline reply.
// Ctrl/Cmd+Enter sends; Enter is a new line. Recipients are read from the To/Cc/Bcc wells.

import type { Audience, SiteAdapter } from './site-adapter';
import { addressIn, parseAddressList } from '../../../utils/model/audience';
import { composeBox } from './compose-box';
import { beginsWithWord, collapseSpaces, hostIs, runsCommand } from './dom-query';
import { recipientsAudience } from './page-audience';

const HOSTS = ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'];

/** The body says "Message body" (sometimes followed by a hint); the subject "Subject" or "Add a subject". */
const BODY = 'div[contenteditable="true"][role="textbox"]';
const BODY_LABELS = ['Message body', 'Corps du message'];
const SUBJECT = ['Subject', 'Add a subject', 'Objet', 'Ajouter un objet'].map((label) => `input[aria-label="${label}"]`).join(', ');
const BUTTON = 'button, [role="button"]';
/** Send carries a test id in every UI language; its label is the last resort. */
const SEND_BUTTON = 'button[data-testid="ComposeSendButton"]';
const SEND_WORDS = ['Send', 'Envoyer'];
/** Recipient wells are contenteditable textboxes (or inputs) labelled To, Cc, Bcc. */
const WELL_LABELS = ['To', 'Cc', 'Bcc', 'À', 'Cci'];
const WELL = '[role="textbox"], [contenteditable="true"], input';
/**
 * A resolved recipient is a pill, a Live Persona Card target (data-lpc-hover-target-id holds a card
 * id, not the address); it shows the display name and may carry the address in an attribute.
 */
const PILL = '[data-lpc-hover-target-id], [data-lpc-hover-target], [role="listitem"], [role="option"]';
const PILL_ATTRIBUTES = ['title', 'aria-label', 'data-email', 'data-address'] as const;

function isSendButton(element: HTMLElement): boolean {
  return element.matches(SEND_BUTTON) || runsCommand(element, SEND_WORDS);
}

function isBody(element: HTMLElement): boolean {
  return element.matches(BODY) && beginsWithWord(element.getAttribute('aria-label') ?? '', BODY_LABELS);
}

/** A compose (new message, pop-out, inline reply) is the nearest ancestor holding a Send button. */
const compose = composeBox({ controls: BUTTON, isSend: isSendButton });

function isWell(element: HTMLElement): boolean {
  const label = element.getAttribute('aria-label') ?? '';
  return WELL_LABELS.some((wellLabel) => label.trim().toLowerCase() === wellLabel.toLowerCase());
}

/** A pill gives its address when one shows; a pill showing only a name stays a name (counted as outside). */
function recipientOfPill(pill: Element): string {
  // The pill itself first, then what it holds (a name span whose tooltip carries the address).
  for (const holder of [pill, ...pill.querySelectorAll('[title], [aria-label]')]) {
    for (const name of PILL_ATTRIBUTES) {
      const address = addressIn(holder.getAttribute(name) ?? '');
      if (address) return address;
    }
  }
  const text = collapseSpaces(pill.textContent ?? '').replace(/[;,]$/, '');
  return addressIn(text) ?? text;
}

function recipientsIn(well: HTMLElement): string[] {
  if (well instanceof HTMLInputElement) return parseAddressList(well.value);
  const pills = [...well.querySelectorAll(PILL)].filter((pill) => !pill.parentElement?.closest(PILL));
  const recipients = pills.map(recipientOfPill).filter((recipient) => recipient !== '');
  // Whatever is typed outside the pills becomes a recipient on send.
  const typed = [...well.childNodes]
    .filter((node) => !(node instanceof Element && (node.matches(PILL) || node.querySelector(PILL))))
    .map((node) => node.textContent ?? '')
    .join(' ');
  return [...recipients, ...parseAddressList(typed)];
}

function audience(editor: HTMLElement): Audience {
  const box = compose.around(editor);
  const wells = box ? [...box.querySelectorAll<HTMLElement>(WELL)].filter(isWell) : [];
  return recipientsAudience(wells, recipientsIn);
}

export const outlookAdapter: SiteAdapter = {
  id: 'outlook',
  matches: (url) => hostIs(url, HOSTS),
  intercepts: true,
  // Body and subject of a compose; the search box and the recipient wells are not guarded.
  editorFor: (editable) => ((isBody(editable) || editable.matches(SUBJECT)) && compose.around(editable) ? editable : null),
  enterSends: () => false,
  modEnterSends: () => true,
  isSendControl: compose.isSendControl,
  findSendControl: compose.findSendControl,
  // Send is a plain <button> with a click handler (Fluent UI); public content scripts send an
  // Outlook message with sendButton.click(), so a synthetic click on it is a verified replay.
  replayByClick: true,
  audience,
};

// Try by hand:
// - https://outlook.office.com/mail/deeplink/compose (work or school account: new message)
// - https://outlook.live.com/mail/0/deeplink/compose (personal account: new message)
// - https://outlook.office.com/mail/inbox → open a message → Reply (inline reply)
// - https://outlook.cloud.microsoft/mail/ (the newer address of the same app)
