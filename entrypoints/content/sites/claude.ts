// Claude (claude.ai). The prompt box is a ProseMirror editor ("Write your prompt to Claude") in the
// composer's fieldset; Enter sends, Shift+Enter is a new line. Send is labelled "Send message"
// (older builds: "Send Message"); the other buttons add files, pick tools or the model.

import { assistantChatAdapter } from './assistant-chat';
import { beginsWithWord, labelOf } from './dom-query';

const HOSTS = ['claude.ai'];

const EDITOR = 'div.ProseMirror[contenteditable="true"]';
const SEND_LABELS = ['Send message', 'Envoyer le message'];

export const claudeAdapter = assistantChatAdapter({
  id: 'claude',
  hosts: HOSTS,
  editor: EDITOR,
  isSendButton: (control) => control.matches('button') && beginsWithWord(labelOf(control), SEND_LABELS),
  // Public scripts send with a click on button[aria-label="Send message"] (jcaMx/claude-extension).
  replayByClick: true,
});

// Try by hand:
// - https://claude.ai/new (type, Enter, Shift+Enter, the Send arrow)
// - https://claude.ai/new → the "+" (add files) and tools buttons (no dialog)
// - https://claude.ai/chat/<id> (an existing conversation's reply box)
