// Google Gemini (gemini.google.com). The prompt box is a Quill editor (.ql-editor) inside the
// rich-textarea element; Enter sends, Shift+Enter is a new line. Send is button.send-button
// (labelled "Send message", with the "send" icon); the microphone and upload menu are not sends.

import { assistantChatAdapter } from './assistant-chat';
import { beginsWithWord, labelOf } from './dom-query';

const HOSTS = ['gemini.google.com'];

const EDITOR = 'rich-textarea .ql-editor[contenteditable="true"]';
const SEND_BUTTON = 'button.send-button';
const SEND_ICON = 'mat-icon[fonticon="send"]';
const SEND_LABELS = ['Send message', 'Envoyer le message'];

export const geminiAdapter = assistantChatAdapter({
  id: 'gemini',
  hosts: HOSTS,
  editor: EDITOR,
  isSendButton: (control) =>
    control.matches(SEND_BUTTON) || control.querySelector(SEND_ICON) !== null || beginsWithWord(labelOf(control), SEND_LABELS),
  // Not verified that a synthetic click on Gemini's Send button sends: the person's next send goes through.
  replayByClick: false,
});

// Try by hand:
// - https://gemini.google.com/app (type, Enter, Shift+Enter, the Send arrow that appears)
// - https://gemini.google.com/app → the microphone and "Open upload file menu" buttons (no dialog)
