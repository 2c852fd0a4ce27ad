// Mistral Le Chat (chat.mistral.ai). The prompt box is a contenteditable editor (a textarea named
// "message.text" in older builds) in the composer form; Enter sends, Shift+Enter is a new line.
// Send is the form's submit button (labelled "Send question" in older builds); "Add files" and
// "Voice Mode" are plain buttons, not sends.

import { assistantChatAdapter } from './assistant-chat';
import { beginsWithWord, labelOf } from './dom-query';

const HOSTS = ['chat.mistral.ai'];

const EDITOR = 'form [contenteditable="true"], textarea[name="message.text"]';
const SEND_LABELS = ['Send question', 'Envoyer la question', 'Send', 'Envoyer'];

export const mistralAdapter = assistantChatAdapter({
  id: 'mistral',
  hosts: HOSTS,
  editor: EDITOR,
  isSendButton: (control) =>
    control.matches('button[type="submit"]') || (control.matches('button') && beginsWithWord(labelOf(control), SEND_LABELS)),
  // Public scripts send with a click on the form's button[type="submit"].
  replayByClick: true,
});

// Try by hand:
// - https://chat.mistral.ai/chat (type, Enter, Shift+Enter, the Send arrow)
// - https://chat.mistral.ai/chat → "Add files" and "Voice Mode" (no dialog)
