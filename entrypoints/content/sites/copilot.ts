// Microsoft Copilot (copilot.microsoft.com). The prompt box is textarea#userInput; Enter sends,
// Shift+Enter is a new line. Send is labelled "Submit message"; "Talk to Copilot" (voice) and the
// upload button are not sends.

import { assistantChatAdapter } from './assistant-chat';
import { beginsWithWord, labelOf } from './dom-query';

const HOSTS = ['copilot.microsoft.com'];

const EDITOR = 'textarea#userInput, textarea[data-testid="composer-input"]';
const SEND_BUTTON = 'button[data-testid="submit-button"]';
const SEND_LABELS = ['Submit message', 'Envoyer le message'];

export const copilotAdapter = assistantChatAdapter({
  id: 'copilot',
  hosts: HOSTS,
  editor: EDITOR,
  isSendButton: (control) => control.matches(SEND_BUTTON) || (control.matches('button') && beginsWithWord(labelOf(control), SEND_LABELS)),
  // Public userscripts send with a click on [aria-label="Submit message"].
  replayByClick: true,
});

// Try by hand:
// - https://copilot.microsoft.com/ (type, Enter, Shift+Enter, the Submit arrow)
// - https://copilot.microsoft.com/ → "Talk to Copilot" (voice) and the upload button (no dialog)
