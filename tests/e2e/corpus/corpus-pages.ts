// The corpus: pages written like real apps (each page's comment names the app or pattern it
// stands for), and how a person uses each one: where they type, how they send, whether Enter is a
// new line there, and the other controls beside the message box. Nothing here says what the
// extension detects; corpus.e2e.ts drives every page the same way.

/** A control of the page, in the editor's frame unless `inPage` (the embedding page). */
export interface PageControl {
  selector: string;
  inPage?: boolean;
}

export interface CorpusPage {
  file: string;
  /** What the page stands for (the README's table). */
  standsFor: string;
  kind: string;
  /** The iframe holding the editor, when it is in one. */
  frame?: string;
  /** The message box (open shadow roots are pierced). */
  editor: string;
  /** How the person sends: Enter, or a click on the Send control; null for a document. */
  send: 'enter' | PageControl | null;
  /** Enter in the message box starts a new line. */
  enterIsNewLine: boolean;
  /** Controls beside the message box that do something else (attach, emoji, voice, format, menus). */
  otherControls: PageControl[];
}

const controls = (...selectors: string[]): PageControl[] => selectors.map((selector) => ({ selector }));

export const CORPUS_PAGES: CorpusPage[] = [
  // Support chat widgets
  {
    file: 'intercom-messenger.html',
    standsFor: 'Intercom Messenger',
    kind: 'support chat, about:blank iframe, icon Send',
    frame: '#intercom-frame',
    editor: 'textarea',
    send: 'enter',
    enterIsNewLine: false,
    otherControls: controls('[aria-label="Insert an emoji"]', '[aria-label="Insert a GIF"]', '[aria-label="Attach a file"]'),
  },
  {
    file: 'zendesk-messaging.html',
    standsFor: 'Zendesk Web Widget (messaging)',
    kind: 'support chat, iframe, form',
    frame: '#webWidget',
    editor: '#composer-input',
    send: { selector: '[aria-label="Send message"]' },
    enterIsNewLine: false,
    otherControls: controls('[aria-label="Attach file"]'),
  },
  {
    file: 'div-send-widget.html',
    standsFor: 'Crisp/Tidio-style widget, generated classes',
    kind: 'support chat, div Send with icon',
    editor: 'textarea',
    send: { selector: '#send' },
    enterIsNewLine: false,
    otherControls: controls('#emoji', '#file'),
  },
  {
    file: 'olark-keypress.html',
    standsFor: 'Olark classic chatbox',
    kind: 'support chat, no Send button, keypress',
    editor: '#olark-input',
    send: 'enter',
    enterIsNewLine: false,
    otherControls: [],
  },
  {
    file: 'livechat-form.html',
    standsFor: 'LiveChat / HubSpot chat',
    kind: 'support chat, form, icon submit',
    editor: 'textarea',
    send: 'enter',
    enterIsNewLine: false,
    otherControls: controls('[aria-label="Add attachment"]', '[aria-label="Emoji"]'),
  },
  {
    file: 'tawk-widget.html',
    standsFor: 'tawk.to',
    kind: 'support chat, iframe, unlabelled icon Send',
    frame: 'iframe.tawk-chat',
    editor: 'textarea',
    send: { selector: '.tawk-button-send' },
    enterIsNewLine: false,
    otherControls: controls('.tawk-button-upload', '.tawk-button-emoji'),
  },
  {
    file: 'freshchat-rich.html',
    standsFor: 'Freshchat',
    kind: 'support chat, contenteditable, div role=button',
    editor: '.fc-input',
    send: 'enter',
    enterIsNewLine: false,
    otherControls: controls('[aria-label="Attach files"]', '[aria-label="Emoji"]'),
  },
  {
    file: 'salesforce-shadow.html',
    standsFor: 'Salesforce Embedded Messaging',
    kind: 'support chat, open shadow root, title-only Send',
    editor: 'textarea',
    send: { selector: 'button.send' },
    enterIsNewLine: false,
    otherControls: controls('button.attach'),
  },
  {
    file: 'soporte-iframe-es.html',
    standsFor: 'Spanish shop support chat',
    kind: 'support chat, iframe, Spanish, title-only Send',
    frame: '#soporte',
    editor: 'textarea',
    send: { selector: '.enviar' },
    enterIsNewLine: false,
    otherControls: controls('[title="Adjuntar archivo"]'),
  },
  // AI prompt boxes (on a page with no adapter)
  {
    file: 'chatgpt-prosemirror.html',
    standsFor: 'ChatGPT composer',
    kind: 'AI prompt, ProseMirror in a form',
    editor: '#prompt-textarea',
    send: 'enter',
    enterIsNewLine: false,
    otherControls: controls('[data-testid="composer-plus-btn"]', '[aria-label="Dictate button"]'),
  },
  {
    file: 'claude-tiptap.html',
    standsFor: 'Claude composer',
    kind: 'AI prompt, TipTap, no form',
    editor: '[aria-label="Write your prompt to Claude"]',
    send: { selector: '[aria-label="Send message"]' },
    enterIsNewLine: false,
    otherControls: controls('[aria-label="Add files, connectors, and more"]', '[aria-label="Extended thinking"]', '.model'),
  },
  {
    file: 'gemini-quill.html',
    standsFor: 'Gemini prompt box',
    kind: 'AI prompt, Quill, Material icon Send',
    editor: '.ql-editor',
    send: 'enter',
    enterIsNewLine: false,
    otherControls: controls('.upload-card-button', '.toolbox-drawer-button', '.speech_dictation_mic_button'),
  },
  {
    file: 'copilot-textarea.html',
    standsFor: 'Microsoft Copilot composer',
    kind: 'AI prompt, textarea, "Submit message"',
    editor: '#userInput',
    send: { selector: '.submit' },
    enterIsNewLine: false,
    otherControls: controls('[aria-label="Open uploads"]', '[aria-label="Talk to Copilot"]'),
  },
  {
    file: 'le-chat-fr.html',
    standsFor: 'Mistral Le Chat (French)',
    kind: 'AI prompt, textarea in a form, French',
    editor: 'textarea',
    send: 'enter',
    enterIsNewLine: false,
    otherControls: controls('[aria-label="Joindre des fichiers"]', '[aria-haspopup="menu"]'),
  },
  {
    file: 'perplexity-lexical.html',
    standsFor: 'Perplexity-style answer engine',
    kind: 'AI prompt, Lexical',
    editor: '#ask-input',
    send: { selector: '[data-testid="submit-button"]' },
    enterIsNewLine: false,
    otherControls: controls('[aria-label="Attach"]', '[aria-haspopup="menu"]'),
  },
  // Chat apps
  {
    file: 'mattermost-textarea.html',
    standsFor: 'Mattermost',
    kind: 'chat app, textarea, formatting bar',
    editor: '#post_textbox',
    send: 'enter',
    enterIsNewLine: false,
    otherControls: controls('[aria-label="Bold"]', '[aria-label="Show formatting"]', '#fileUploadButton', '#emojiPickerButton'),
  },
  {
    file: 'rocketchat-de.html',
    standsFor: 'Rocket.Chat (German)',
    kind: 'chat app, German, icon "Senden"',
    editor: 'textarea',
    send: { selector: '[aria-label="Senden"]' },
    enterIsNewLine: false,
    otherControls: controls('[title="Emoji"]', '[title="Neu erstellen"]', '[title="Audionachricht aufnehmen"]'),
  },
  {
    file: 'element-matrix.html',
    standsFor: 'Element (Matrix)',
    kind: 'chat app, contenteditable, div role=button',
    editor: '.mx_BasicMessageComposer_input',
    send: 'enter',
    enterIsNewLine: false,
    otherControls: controls('.mx_EmojiButton', '.mx_MessageComposer_upload', '.mx_MessageComposer_buttonMenu'),
  },
  {
    file: 'slate-community-chat.html',
    standsFor: 'Discord-style community chat',
    kind: 'chat app, Slate, no Send button',
    editor: '[data-slate-editor]',
    send: 'enter',
    enterIsNewLine: false,
    otherControls: controls('[aria-label="Upload a file or send invites"]', '[aria-label="Send a gift"]', '[aria-label="Open GIF picker"]'),
  },
  {
    file: 'messenger-draft.html',
    standsFor: 'Facebook Messenger (Draft.js)',
    kind: 'chat app, Draft.js, div "Press enter to send"',
    editor: '.public-DraftEditor-content',
    send: { selector: '[aria-label="Press enter to send"]' },
    enterIsNewLine: false,
    otherControls: controls('[aria-label="Attach a file"]', '[aria-label="Choose a sticker"]', '[aria-label="Choose a GIF"]'),
  },
  {
    file: 'chatwork-ja.html',
    standsFor: 'Chatwork-style business chat (Japanese)',
    kind: 'chat app, Japanese, "送信"',
    editor: '#_chatText',
    send: 'enter',
    enterIsNewLine: false,
    otherControls: controls('[aria-label="ファイルを添付"]', '[aria-label="絵文字"]'),
  },
  {
    file: 'wechat-zh.html',
    standsFor: 'WeChat for Web (Chinese)',
    kind: 'chat app, Chinese, tall box, link "发送"',
    editor: '#editArea',
    send: { selector: '.btn_send' },
    enterIsNewLine: false,
    otherControls: controls('.web_wechat_face', '.web_wechat_pic'),
  },
  {
    file: 'vk-ru.html',
    standsFor: 'VK Messenger (Russian)',
    kind: 'chat app, Russian, contenteditable',
    editor: '.im_editable',
    send: 'enter',
    enterIsNewLine: false,
    otherControls: controls('[aria-label="Прикрепить"]', '[aria-label="Смайлики"]'),
  },
  {
    file: 'input-div-send.html',
    standsFor: 'Socket.IO/jQuery stream chat',
    kind: 'chat, one-line input outside a form, span Send',
    editor: '#m',
    send: { selector: '.btn-chat' },
    enterIsNewLine: false,
    otherControls: controls('.emote-picker'),
  },
  {
    file: 'keyup-chat.html',
    standsFor: 'PHP/AJAX shoutbox',
    kind: 'chat, sends on keyup',
    editor: '#shout',
    send: 'enter',
    enterIsNewLine: false,
    otherControls: [],
  },
  // Enter is a new line
  {
    file: 'webmail-plain.html',
    standsFor: 'Roundcube/Horde plain-text compose',
    kind: 'webmail form, Enter = new line',
    editor: '#composebody',
    send: { selector: '#rcmbtn-send' },
    enterIsNewLine: true,
    otherControls: controls('button.save', 'button.attach', 'button.spell'),
  },
  {
    file: 'webmail-iframe-body.html',
    standsFor: 'Webmail HTML compose (TinyMCE/CKEditor 4)',
    kind: 'webmail, body in an iframe, Send outside',
    frame: '#body_ifr',
    editor: 'body',
    send: { selector: '#send', inPage: true },
    enterIsNewLine: true,
    otherControls: [
      { selector: '[aria-label="Bold"]', inPage: true },
      { selector: '[data-corpus-action="attach"]', inPage: true },
    ],
  },
  {
    file: 'document-tiptap.html',
    standsFor: 'Notion/Confluence-style document',
    kind: 'document, TipTap, nothing sent',
    editor: '.ProseMirror',
    send: null,
    enterIsNewLine: true,
    otherControls: controls('[aria-label="Bold (Ctrl+B)"]', '[data-corpus-action="comments"]', '[data-corpus-action="share"]'),
  },
  {
    file: 'ckeditor-cms.html',
    standsFor: 'CMS article editor (CKEditor 5)',
    kind: 'document, CKEditor 5, nothing sent',
    editor: '.ck-editor__editable',
    send: null,
    enterIsNewLine: true,
    otherControls: controls('.ck-toolbar button', '[data-corpus-action="save"]'),
  },
  {
    file: 'ticket-reply.html',
    standsFor: 'Zendesk/Freshdesk agent reply',
    kind: 'help desk reply, Enter = new line',
    editor: '#comment',
    send: { selector: '#submit-ticket' },
    enterIsNewLine: true,
    otherControls: controls('[data-corpus-action="attach"]', '[data-corpus-action="macros"]', '[data-corpus-action="status-menu"]'),
  },
  {
    file: 'issue-comment.html',
    standsFor: 'GitHub/GitLab issue comment',
    kind: 'comment form, Enter = new line',
    editor: '#new_comment_field',
    send: { selector: 'button.btn-primary' },
    enterIsNewLine: true,
    otherControls: controls('[aria-label="Bold"]', '[aria-label="Attach files"]', '[name="comment_and_close"]'),
  },
  {
    file: 'contact-form.html',
    standsFor: 'WordPress Contact Form 7',
    kind: 'contact form, Enter = new line',
    editor: 'textarea',
    send: { selector: 'input[type="submit"]' },
    enterIsNewLine: true,
    otherControls: [],
  },
  {
    file: 'team-chat-enter-off.html',
    standsFor: 'Zulip / LinkedIn "Click Send" mode',
    kind: 'chat with "Press Enter to send" off',
    editor: '#compose-textarea',
    send: { selector: '#compose-send-button' },
    enterIsNewLine: true,
    otherControls: controls('[aria-label="Upload files"]', '[aria-label="Add emoji"]'),
  },
];
