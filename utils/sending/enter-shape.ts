// Whether a plain Enter sends the message, judged from the editor's shape before the page has shown
// what it does (docs/sending.md). Browser-free: the content script reads the shape off the DOM.
//
// The judgement leans one way only where a mistake is cheap: a chat judged "new line" would let a
// prospect's name leave unasked, so an editor that looks like a chat box but could be either is
// "unsure" (the person is asked, and told why); only editors shaped like a mail body or a document,
// or that nothing on the page could send, are "new line".

/** What a plain Enter does in an editor: sends the message, starts a new line, or not known yet. */
export type EnterBehaviour = 'sends' | 'new-line' | 'unsure';

/** What the content script reads off an editor and the page around it. */
export interface EditorShape {
  kind: 'input' | 'textarea' | 'contenteditable';
  /** The editor's `enterkeyhint` attribute (the page's own word on Enter), lower case, or null. */
  enterKeyHint: string | null;
  /** `aria-multiline`: false says Enter cannot start a line here. */
  ariaMultiline: boolean | null;
  /** A search box (role searchbox/combobox, type=search, inside role=search): no message leaves. */
  isSearch: boolean;
  /** Lines of text the editor shows at rest (seen empty, before it grew), or null without layout. */
  restLines: number | null;
  /** What the editor calls itself: placeholder, accessible name, its label's text. */
  labels: string[];
  /** A Send control sits beside the editor (found by what it is: see the generic adapter). */
  sendControlBeside: boolean;
  /** The form or compose box around the editor holds a Subject field: a mail. */
  mailFields: boolean;
  /** Texts the page shows by the editor (hints such as "Shift+Enter for a new line"). */
  hints: string[];
  /** A switch by the editor labelled "Press Enter to send": its state, or null when there is none. */
  enterToSendSwitch: boolean | null;
}

/** Why the shape gave its answer, for tests and the docs' table. */
export type ShapeReason =
  | 'page-says-send'
  | 'page-says-new-line'
  | 'switch-on'
  | 'switch-off'
  | 'hint-says-send'
  | 'hint-says-new-line'
  | 'search'
  | 'chat-field'
  | 'plain-field'
  | 'single-line'
  | 'mail-form'
  | 'long-form-label'
  | 'tall'
  | 'chat-box'
  | 'chat-like-but-tall'
  | 'nothing-sends-it';

export interface ShapeJudgement {
  behaviour: EnterBehaviour;
  reason: ShapeReason;
}

/** At rest, a chat box shows one or two lines; a mail body or a document five or more. */
export const COMPACT_LINES = 2.5;
export const TALL_LINES = 5;

/** What a label says the editor is for. */
export type LabelKind = 'message' | 'long-form' | 'search';

// Words in the ten UI languages of the adapted sites (en, fr, es, de, pt, it, ja, zh, ko, ru), as
// whole words (a letter on either side breaks the match); Japanese, Chinese and Korean as written.
// Long-form first: "Message body" is a mail body, not a chat box.
const LONG_FORM = wordsPattern(
  ['body', 'e-?mail', 'rich text', 'editing area', 'document', 'article', 'description', 'notes?', 'start writing', 'write your story'],
  ['corps', 'courriel', 'cuerpo', 'correo', 'nachrichtentext', 'corpo', 'текст письма'],
  ['本文', '正文', '본문'],
);
const SEARCH = wordsPattern(
  ['search', 'find', 'rechercher?', 'buscar', 'suchen', 'suche', 'pesquisar', 'cerca', 'поиск', 'найти'],
  [],
  ['検索', '搜索', '검색'],
);
const MESSAGE = wordsPattern(
  ['messages?', 'chat', 'ask', 'prompt', 'reply', 'say something', 'type here'],
  [
    'écri(?:re|vez)',
    'demande[rz]?',
    'posez',
    'répond(?:re|ez)',
    'mensajes?',
    'escrib[ea]',
    'pregunta',
    'nachricht',
    'schreib\\p{L}*',
    'frag\\p{L}*',
  ],
  ['mensagem', 'digite', 'escreva', 'pergunte', 'messaggio', 'scrivi', 'chiedi', 'сообщени\\p{L}*', 'напишите', 'спросите'],
  ['メッセージ', '入力', '消息', '输入', '发消息', '메시지', '입력'],
);

/** One case-insensitive pattern: whole words from the word lists, plain text from the last list. */
function wordsPattern(...lists: string[][]): RegExp {
  const written = lists.at(-1)!;
  const words = lists.slice(0, -1).flat();
  const alternatives = [`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, ...written];
  return new RegExp(alternatives.join('|'), 'iu');
}

/** What an editor's label says it is for, or null. */
export function labelKind(label: string): LabelKind | null {
  if (LONG_FORM.test(label)) return 'long-form';
  if (SEARCH.test(label)) return 'search';
  if (MESSAGE.test(label)) return 'message';
  return null;
}

/** The shape's answer, first rule that applies (docs/sending.md lists them). */
export function judgeEnterByShape(shape: EditorShape): ShapeJudgement {
  if (shape.enterKeyHint === 'send') return { behaviour: 'sends', reason: 'page-says-send' };
  if (shape.enterKeyHint === 'enter') return { behaviour: 'new-line', reason: 'page-says-new-line' };
  if (shape.enterToSendSwitch !== null) {
    return shape.enterToSendSwitch ? { behaviour: 'sends', reason: 'switch-on' } : { behaviour: 'new-line', reason: 'switch-off' };
  }
  const told = [...shape.labels, ...shape.hints].map(enterHint).find((hint) => hint !== null);
  if (told)
    return told === 'sends' ? { behaviour: 'sends', reason: 'hint-says-send' } : { behaviour: 'new-line', reason: 'hint-says-new-line' };
  const kinds = new Set(shape.labels.map(labelKind));
  if (shape.isSearch || (kinds.has('search') && !kinds.has('message'))) return { behaviour: 'new-line', reason: 'search' };
  if (shape.kind === 'input') {
    // One line: Enter never adds one, so it either sends or does nothing.
    return shape.sendControlBeside || kinds.has('message')
      ? { behaviour: 'sends', reason: 'chat-field' }
      : { behaviour: 'new-line', reason: 'plain-field' };
  }
  if (shape.ariaMultiline === false) return { behaviour: 'sends', reason: 'single-line' };
  if (shape.mailFields) return { behaviour: 'new-line', reason: 'mail-form' };
  if (kinds.has('long-form')) return { behaviour: 'new-line', reason: 'long-form-label' };
  if (shape.restLines !== null && shape.restLines >= TALL_LINES) return { behaviour: 'new-line', reason: 'tall' };
  if (shape.sendControlBeside || kinds.has('message')) {
    const compact = shape.restLines === null || shape.restLines <= COMPACT_LINES;
    return compact ? { behaviour: 'sends', reason: 'chat-box' } : { behaviour: 'unsure', reason: 'chat-like-but-tall' };
  }
  return { behaviour: 'new-line', reason: 'nothing-sends-it' };
}

const SUBJECT_FIELD = wordsPattern(
  ['subject', 'objet', 'asunto', 'betreff', 'oggetto', 'assunto', 'тема'],
  ['件名', '主题', '主題', '제목'],
);

/**
 * Whether a field's names (its name, id, label, placeholder) say it holds a mail's subject. A
 * Subject field beside an editor makes it a mail body; a chat's "To" field alone does not.
 */
export function isSubjectField(names: readonly string[]): boolean {
  return names.some((name) => SUBJECT_FIELD.test(name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ')));
}

// What pages tell people about Enter, in the ten languages: "Shift+Enter for a new line" (so Enter
// alone sends), "Press Enter to send", "Ctrl+Enter to send" (so Enter alone is a new line).
const ENTER = '(?:enter|entrée|intro|eingabe(?:taste)?|invio|return|回车|回車|エンター|엔터|ввод)';
const MODIFIER = '(?:shift|maj|umschalt|mayús|ctrl|strg|control|cmd|command|⌘|⇧|alt|option)\\s*(?:key)?\\s*[+＋-]?\\s*';
const NEW_LINE =
  '(?:new line|newline|line break|nouvelle ligne|saut de ligne|retour à la ligne|aller à la ligne|neue zeile|zeilenumbruch|salto de línea|nueva línea|nova linha|quebra de linha|a capo|nuova riga|改行|换行|換行|줄\\s*바꿈|новая строка|новой строки|перенос строки)';
const SEND_WORD = '(?:send|chat|envoyer|senden|enviar|invia(?:re)?|送信|发送|發送|전송|보내기|отправ\\p{L}*)';
const GAP = '[^.!?\\n]{0,25}?';
const MODIFIER_NEW_LINE = new RegExp(`${MODIFIER}${ENTER}${GAP}${NEW_LINE}|${NEW_LINE}${GAP}${MODIFIER}${ENTER}`, 'iu');
const MODIFIER_SENDS = new RegExp(`${MODIFIER}${ENTER}${GAP}${SEND_WORD}`, 'iu');
const PLAIN_ENTER = `(?<!${MODIFIER})${ENTER}`;
const ENTER_SENDS = new RegExp(
  `${PLAIN_ENTER}${GAP}${SEND_WORD}|${SEND_WORD}${GAP}(?:press|hit|appuyez sur|drücke)?\\s*${PLAIN_ENTER}`,
  'iu',
);
const ENTER_NEW_LINE = new RegExp(`${PLAIN_ENTER}${GAP}${NEW_LINE}`, 'iu');

/** What a text by the editor says a plain Enter does, or null when it says nothing about it. */
export function enterHint(text: string): 'sends' | 'new-line' | null {
  if (MODIFIER_NEW_LINE.test(text)) return 'sends';
  if (MODIFIER_SENDS.test(text)) return 'new-line';
  if (ENTER_NEW_LINE.test(text)) return 'new-line';
  if (ENTER_SENDS.test(text)) return 'sends';
  return null;
}

/** A switch's label says it makes Enter send ("Press Enter to send", "Entrée pour envoyer"). */
export function isEnterToSendSwitch(label: string): boolean {
  return ENTER_SENDS.test(label);
}
