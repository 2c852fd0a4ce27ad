import { describe, expect, it } from 'vitest';
import {
  type EditorShape,
  enterHint,
  isEnterToSendSwitch,
  isSubjectField,
  judgeEnterByShape,
  labelKind,
} from '../../../utils/sending/enter-shape';

/** A contenteditable with nothing around it: the base every case changes one thing of. */
const plain: EditorShape = {
  kind: 'contenteditable',
  enterKeyHint: null,
  ariaMultiline: null,
  isSearch: false,
  restLines: 1,
  labels: [],
  sendControlBeside: false,
  mailFields: false,
  hints: [],
  enterToSendSwitch: null,
};

describe('what Enter does, judged by the editor shape', () => {
  it.each<[string, Partial<EditorShape>, string, string]>([
    ['the page says Enter sends (enterkeyhint="send")', { enterKeyHint: 'send', mailFields: true }, 'sends', 'page-says-send'],
    [
      'the page says Enter is a new line (enterkeyhint="enter")',
      { enterKeyHint: 'enter', sendControlBeside: true },
      'new-line',
      'page-says-new-line',
    ],
    ['a "Press Enter to send" switch that is on', { enterToSendSwitch: true, restLines: 8 }, 'sends', 'switch-on'],
    ['a "Press Enter to send" switch that is off', { enterToSendSwitch: false, sendControlBeside: true }, 'new-line', 'switch-off'],
    [
      'a hint "Shift+Enter for a new line" beside a tall box',
      { hints: ['Shift + Enter for a new line'], restLines: 6 },
      'sends',
      'hint-says-send',
    ],
    [
      'a hint "Ctrl+Enter to send" beside a chat-like box',
      { hints: ['Ctrl+Enter to send'], sendControlBeside: true },
      'new-line',
      'hint-says-new-line',
    ],
    ['a search box', { isSearch: true, sendControlBeside: true }, 'new-line', 'search'],
    ['a field labelled as a search', { labels: ['Search messages'], sendControlBeside: true }, 'new-line', 'search'],
    ['a one-line field with a Send control beside', { kind: 'input', sendControlBeside: true }, 'sends', 'chat-field'],
    ['a one-line field saying "Say something..."', { kind: 'input', labels: ['Say something...'] }, 'sends', 'chat-field'],
    ['a one-line field with nothing around it', { kind: 'input' }, 'new-line', 'plain-field'],
    ['an editor that says it is single-line (aria-multiline=false)', { ariaMultiline: false, restLines: 9 }, 'sends', 'single-line'],
    ['a body beside a Subject field, even with a Send button', { mailFields: true, sendControlBeside: true }, 'new-line', 'mail-form'],
    ['an editor labelled "Message body"', { labels: ['Message body'], sendControlBeside: true }, 'new-line', 'long-form-label'],
    [
      "CKEditor's default label",
      { labels: ['Rich Text Editor. Editing area: main'], sendControlBeside: true },
      'new-line',
      'long-form-label',
    ],
    ['a box six lines tall with a Send button', { restLines: 6, sendControlBeside: true }, 'new-line', 'tall'],
    ['a one-line box with a Send button', { sendControlBeside: true }, 'sends', 'chat-box'],
    ['a one-line box saying "Ask anything"', { labels: ['Ask anything'] }, 'sends', 'chat-box'],
    ['a box with no layout (restLines unknown) and a Send button', { restLines: null, sendControlBeside: true }, 'sends', 'chat-box'],
    ['a four-line box saying "Message"', { labels: ['Message'], restLines: 4 }, 'unsure', 'chat-like-but-tall'],
    ['a box with nothing that could send it', { restLines: 2 }, 'new-line', 'nothing-sends-it'],
  ])('%s → %s', (_case, change, behaviour, reason) => {
    expect(judgeEnterByShape({ ...plain, ...change })).toEqual({ behaviour, reason });
  });
});

describe('what an editor label says it is for, in the ten languages', () => {
  it.each([
    ['Message…', 'message'],
    ['Type a message', 'message'],
    ['Ask anything', 'message'],
    ['Write a reply…', 'message'],
    ['Écrire un message', 'message'],
    ['Escribe un mensaje…', 'message'],
    ['Nachricht', 'message'],
    ['Digite uma mensagem', 'message'],
    ['Scrivi un messaggio', 'message'],
    ['メッセージを入力', 'message'],
    ['输入消息', 'message'],
    ['메시지 입력', 'message'],
    ['Напишите сообщение…', 'message'],
    ['Message Body', 'long-form'],
    ['Corps du message', 'long-form'],
    ['Start writing, or press / for commands', 'long-form'],
    ['Search or start a new chat', 'search'],
    ['Rechercher', 'search'],
    ['検索', 'search'],
    ['Your name', null],
    // Whole words only: "asked" is not "ask", "Massage" not "Message".
    ['Massage appointments', null],
  ])('%s → %s', (label, kind) => {
    expect(labelKind(label)).toBe(kind);
  });
});

describe('what a page tells the person about Enter', () => {
  it.each([
    ['Shift + Enter to add a new line', 'sends'],
    ['ここにメッセージ内容を入力 (Shift + Enterキーで改行)', 'sends'],
    ['按下Ctrl+Enter换行', 'sends'],
    ['Maj+Entrée pour aller à la ligne', 'sends'],
    ['Shift+Entrée : nouvelle ligne', 'sends'],
    ['Type here and hit enter to chat', 'sends'],
    ['Press Enter to send', 'sends'],
    ['Appuyez sur Entrée pour envoyer', 'sends'],
    ['Ctrl+Enter to send', 'new-line'],
    ['⌘+Enter to send', 'new-line'],
    ['Enter for a new line', 'new-line'],
    ['Your message', null],
  ])('%s → %s', (text, said) => {
    expect(enterHint(text)).toBe(said);
  });

  it.each([
    ['Press Enter to send', true],
    ['Entrée pour envoyer', true],
    ['Enable notifications', false],
  ])('a switch labelled %s makes Enter send: %s', (label, expected) => {
    expect(isEnterToSendSwitch(label)).toBe(expected);
  });
});

describe('a Subject field beside the editor', () => {
  it.each<[string[], boolean]>([
    [['_subject'], true],
    [['composeSubject'], true],
    [['', '', 'Objet'], true],
    [['Betreff'], true],
    [['件名'], true],
    [['to', 'To'], false],
    [['your-name', 'Your name'], false],
    // "subjective" is not "subject"
    [['subjective-rating'], false],
  ])('%j → %s', (names, expected) => {
    expect(isSubjectField(names)).toBe(expected);
  });
});
