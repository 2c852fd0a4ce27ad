// What a control is, read from what it is rather than from its words alone: a submit button, an id
// or test id naming send/submit, a send icon, then its label, first in English and French and, as
// a last resort, in the other UI languages of the adapted sites. A control that attaches, formats,
// records, opens a menu or toggles is never a Send, whatever else it says. No site knowledge here.

import { collapseSpaces } from './dom-query';

/** How sure we are a control sends, strongest first. */
export type SendEvidence = 'form-submit' | 'identifier' | 'icon' | 'label' | 'foreign-label';

/** Elements that are, or sit inside, a control a person can click. */
export const CONTROL_CANDIDATES =
  'button, input[type="submit"], input[type="image"], input[type="button"], a[href], [role="button"], [tabindex], [onclick], [data-testid], [data-tid], [aria-label], [title], svg, i, img';
const SEMANTIC_CONTROL = 'button, input[type="submit"], input[type="image"], input[type="button"], [role="button"]';
const NOT_A_PUSH_BUTTON = new Set([
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'tab',
  'switch',
  'checkbox',
  'radio',
  'option',
  'combobox',
]);

const IDENTIFIER_ATTRIBUTES = [
  'data-testid',
  'data-test-id',
  'data-tid',
  'data-qa',
  'data-test',
  'data-cy',
  'data-action',
  'id',
  'name',
  'class',
];
const ICON_ATTRIBUTES = ['class', 'data-icon', 'data-testid', 'aria-label', 'href', 'xlink:href', 'src', 'alt', 'name'];
const ICONS = 'svg, i, img, use, title, [data-icon], span[class*="icon" i]';

/** Identifier or icon words that name sending. */
const SEND_NAME = /(^| )(send|submit|paper plane|paperplane)( |$)/;
/**
 * Identifier, icon or label words of controls that do something else beside a message box,
 * including those that send something other than the typed message (a gift, money, invites).
 */
const OTHER_JOB_NAME =
  /(^| )(attach|attachments?|upload|files?|voice|mic|microphone|record|recording|dictate|dictation|audio|emojis?|gif|stickers?|format|formatting|bold|italic|underline|strike|more|menu|options?|settings|plus|add|expand|collapse|schedule|later|cancel|close|delete|remove|clear|camera|photos?|images?|mention|dropdown|chevron|tools|model|stop|edit|copy|share|like|react|gifts?|money|payments?|invites?)( |$)/;

const SEND_LABEL = labelPattern(['send', 'submit', 'post', 'reply', 'envoyer', 'soumettre', 'répondre']);
const FOREIGN_SEND_LABEL = labelPattern(
  [
    'enviar',
    'responder',
    'publicar',
    'senden',
    'absenden',
    'abschicken',
    'antworten',
    'invia',
    'inviare',
    'rispondi',
    'отправить',
    'ответить',
    'отправка',
  ],
  ['送信', '返信', '发送', '發送', '提交', '回复', '보내기', '전송', '답장'],
);
const OTHER_JOB_LABEL = labelPattern(
  [
    'attach\\p{L}*',
    'upload\\p{L}*',
    'files?',
    'voice',
    'audio\\p{L}*',
    'micro\\p{L}*',
    'record\\p{L}*',
    'aufnehmen',
    'grabar',
    'gravar',
    'registra\\p{L}*',
    'записать',
    'голос\\p{L}*',
    'dictat\\p{L}*',
    'emojis?',
    'gif',
    'stickers?',
    'format\\p{L}*',
    'bold',
    'italic',
    'more',
    'menu',
    'options?',
    'schedule\\p{L}*',
    'later',
    // Sending something other than the typed message: "Send a gift", "Send money", "Send invites".
    'gifts?',
    'money',
    'payments?',
    'invites?',
    'joindre',
    'pièces? jointes?',
    'fichiers?',
    'vocal',
    'enregistrer',
    'gras',
    'plus',
    'programmer',
    'adjuntar',
    'archivos?',
    'anhängen',
    'anhang',
    'datei\\p{L}*',
    'allega\\p{L}*',
    'anexar',
    'прикрепить',
    'файл\\p{L}*',
  ],
  ['添付', '附件', '첨부', '絵文字', '表情', '이모티콘', '音声', '语音', '음성', '録音', '录音', '녹음', '書式', '格式', '서식'],
);

function labelPattern(words: string[], written: string[] = []): RegExp {
  return new RegExp([`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, ...written].join('|'), 'iu');
}

/** "ComposeSendButton", "composer-plus-btn", "icon_send" → space-separated lower-case words. */
function words(value: string): string {
  return value
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}

function attributeWords(element: Element, attributes: readonly string[]): string {
  return attributes.map((name) => words(element.getAttribute(name) ?? '')).join(' ');
}

/** What the control says to a person: accessible name, title, value or text. */
function labelOfControl(control: HTMLElement): string {
  const value = control.localName === 'input' ? (control as HTMLInputElement).value || (control as HTMLInputElement).alt : '';
  return collapseSpaces(control.getAttribute('aria-label') ?? control.getAttribute('title') ?? (value || control.textContent || ''));
}

/** The names of the icons inside a control (class, data-icon, <title>, <use href>, img alt). */
function iconWords(control: HTMLElement): string {
  const icons = [...control.querySelectorAll(ICONS)].slice(0, 8);
  return icons
    .map((icon) => `${attributeWords(icon, ICON_ATTRIBUTES)} ${icon.localName === 'title' ? words(icon.textContent ?? '') : ''}`)
    .join(' ');
}

/**
 * A control with another job: it opens a menu or pop-up, toggles, is not a push button, picks a
 * file, or its names say it attaches, formats, records, adds or opens more.
 */
export function hasOtherJob(control: HTMLElement): boolean {
  const popup = control.getAttribute('aria-haspopup');
  if ((popup !== null && popup !== 'false') || control.hasAttribute('aria-expanded') || control.hasAttribute('aria-pressed')) return true;
  if (NOT_A_PUSH_BUTTON.has(control.getAttribute('role') ?? '') || control.getAttribute('type') === 'reset') return true;
  if (control.querySelector('input[type="file"]')) return true;
  const names = `${attributeWords(control, IDENTIFIER_ATTRIBUTES)} ${iconWords(control)}`;
  return OTHER_JOB_NAME.test(names) || OTHER_JOB_LABEL.test(labelOfControl(control));
}

/** Why `control` is a Send control, strongest evidence first, or null when it is not one. */
export function sendEvidence(control: HTMLElement, submitsEditorsForm: boolean): SendEvidence | null {
  if (hasOtherJob(control)) return null;
  if (submitsEditorsForm) return 'form-submit';
  if (SEND_NAME.test(attributeWords(control, IDENTIFIER_ATTRIBUTES))) return 'identifier';
  if (SEND_NAME.test(iconWords(control))) return 'icon';
  const label = labelOfControl(control);
  if (SEND_LABEL.test(label)) return 'label';
  if (FOREIGN_SEND_LABEL.test(label)) return 'foreign-label';
  return null;
}

/**
 * The control a click on `target` landed on: a button or role=button around it, else a div or span
 * that behaves as one (focusable, an onclick attribute, or the outermost of the boxes showing a
 * pointer cursor). Never an element holding `editor`.
 */
export function controlAround(target: Element, editor: HTMLElement): HTMLElement | null {
  const semantic = target.closest<HTMLElement>(SEMANTIC_CONTROL);
  if (semantic) return semantic.contains(editor) ? null : semantic;
  let pointer: HTMLElement | null = null;
  // Walked by node type: a frame's Send may sit in the embedding page, another JavaScript realm.
  let node = target as HTMLElement | null;
  for (let depth = 0; node && depth < 6 && !node.contains(editor); depth++, node = node.parentElement) {
    if ((node.hasAttribute('tabindex') && node.tabIndex >= 0) || node.hasAttribute('onclick')) return node;
    // The cursor is inherited: the control is where the pointer starts.
    const showsPointer = node.ownerDocument.defaultView?.getComputedStyle(node).cursor === 'pointer';
    if (showsPointer) pointer = node;
    else if (pointer) break;
  }
  return pointer;
}
