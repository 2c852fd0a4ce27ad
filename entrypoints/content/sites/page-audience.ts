// The shapes of audience an adapter reads off a page, and who in it is outside the sales team. No
// site knowledge here: each adapter finds its own conversation name or recipient fields; an
// ordinary webmail form's To/Cc/Bcc fields are found by how any form labels them.

import { outsideRecipients, parseAddressList } from '../../../utils/model/audience';
import type { SalesTeam } from '../../../utils/model/settings';
import type { Audience } from './site-adapter';

/** A chat's audience is its conversation's name; a page showing none leaves it unknown (outside). */
export function conversationAudience(name: string): Audience {
  return name ? { kind: 'channel', name } : { kind: 'unknown' };
}

/**
 * A mail's audience is everyone in its recipient fields, each once; a compose showing no field at
 * all leaves it unknown, while fields with no one in them yet give an empty list.
 */
export function recipientsAudience<Field>(fields: readonly Field[], recipientsIn: (field: Field) => string[]): Audience {
  if (fields.length === 0) return { kind: 'unknown' };
  return { kind: 'recipients', addresses: [...new Set(fields.flatMap(recipientsIn))] };
}

/**
 * Who the dialog names as outside the sales team; nobody when the page cannot say or the audience
 * cannot be read (the question is still asked: unknown counts as outside).
 */
export function outsideAudience(readAudience: () => Audience, salesTeam: SalesTeam | null | undefined): string[] {
  if (!salesTeam) return [];
  try {
    return outsideRecipients(readAudience(), salesTeam);
  } catch {
    return [];
  }
}

// ---- An ordinary webmail form ----------------------------------------------------------------

/** Field names and ids: their last word ("to", "mail[cc]", "message_bcc", "recipients"). */
const RECIPIENT_NAME_WORDS = new Set(['to', 'cc', 'bcc', 'cci', 'recipient', 'recipients', 'destinataire', 'destinataires']);
/** Words that make a field something else ("reply_to", "from"). */
const NOT_RECIPIENT_WORDS = new Set(['reply', 'from', 'sender', 'de', 'expediteur', 'subject', 'objet']);
/** Whole labels or placeholders of a recipient field, English and French, accents and case aside. */
const RECIPIENT_LABELS = new Set(['to', 'cc', 'bcc', 'a', 'cci', 'copie', 'copie cachee', 'copie carbone', 'copie carbone invisible']);
/** Words that make any label a recipient field's ("Add recipients", "Destinataires"). */
const RECIPIENT_LABEL_WORDS = new Set(['recipient', 'recipients', 'destinataire', 'destinataires']);
const FIELDS =
  'input:not([type]), input[type="text"], input[type="email"], textarea, [contenteditable="true"], [role="textbox"], [role="combobox"]';
/** How far above the editor a mail form's recipient fields are looked for when it has no <form>. */
const MAX_LEVELS = 6;

/** Lower case, accents off, punctuation and a trailing colon or asterisk gone. */
function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function labelTextOf(field: Element): string[] {
  const texts = [field.getAttribute('aria-label'), field.getAttribute('placeholder'), field.getAttribute('title')];
  if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) {
    for (const label of field.labels ?? []) texts.push(label.textContent);
  }
  const labelledBy = field.getAttribute('aria-labelledby');
  for (const id of labelledBy?.split(/\s+/) ?? []) texts.push(field.ownerDocument.getElementById(id)?.textContent ?? null);
  return texts.filter((text): text is string => !!text && text.trim() !== '').map(folded);
}

/** A To, Cc or Bcc field, by its name, id, label or placeholder, in English or French. */
export function isRecipientField(field: Element): boolean {
  for (const attribute of [field.getAttribute('name'), field.id]) {
    const words = folded(attribute ?? '')
      .split(' ')
      .filter(Boolean);
    if (words.some((word) => NOT_RECIPIENT_WORDS.has(word))) return false;
    if (words.length > 0 && RECIPIENT_NAME_WORDS.has(words.at(-1)!)) return true;
  }
  return labelTextOf(field).some(
    (label) => RECIPIENT_LABELS.has(label) || label.split(' ').some((word) => RECIPIENT_LABEL_WORDS.has(word)),
  );
}

function recipientsInField(field: HTMLElement): string[] {
  if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) return parseAddressList(field.value);
  // A recipient box drawn as chips: each child is one recipient.
  return parseAddressList([...field.childNodes].map((node) => node.textContent ?? '').join('\n'));
}

/** The recipient fields that go with `editor`: in its form, else in the nearest ancestor holding some. */
function recipientFieldsOf(editor: HTMLElement): HTMLElement[] {
  const fieldsIn = (root: ParentNode) =>
    [...root.querySelectorAll<HTMLElement>(FIELDS)].filter(
      (field) => field !== editor && !field.contains(editor) && isRecipientField(field),
    );
  const form = editor instanceof HTMLInputElement || editor instanceof HTMLTextAreaElement ? editor.form : editor.closest('form');
  if (form) return fieldsIn(form);
  let node = editor.parentElement;
  for (let level = 0; node && level < MAX_LEVELS; level++, node = node.parentElement) {
    // A recipient field inside a form addresses that form's message, not this formless editor's.
    const fields = fieldsIn(node).filter((field) => field.closest('form') === null);
    if (fields.length > 0) return fields;
  }
  return [];
}

/**
 * The audience of a message written in an ordinary web mail form: everyone in its To, Cc and Bcc
 * fields. Unknown when the editor has no such fields around it (a chat box, a comment).
 */
export function mailFormAudience(editor: HTMLElement): Audience {
  return recipientsAudience(recipientFieldsOf(editor), recipientsInField);
}
