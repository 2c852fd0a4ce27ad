// Perplexity (www.perplexity.ai). The prompt box is #ask-input (a contenteditable editor; a textarea
// in older builds); Enter sends, Shift+Enter is a new line. Send is button[data-testid="submit-button"]
// (labelled "Submit"); "Attach files" and the model and dictation buttons are not sends.

import { assistantChatAdapter } from './assistant-chat';
import { beginsWithWord, labelOf } from './dom-query';

const HOSTS = ['perplexity.ai'];

const EDITOR = '#ask-input';
const SEND_BUTTON = 'button[data-testid="submit-button"]';
const SEND_LABELS = ['Submit', 'Envoyer'];

export const perplexityAdapter = assistantChatAdapter({
  id: 'perplexity',
  hosts: HOSTS,
  editor: EDITOR,
  isSendButton: (control) => control.matches(SEND_BUTTON) || (control.matches('button') && beginsWithWord(labelOf(control), SEND_LABELS)),
  // Not verified that a synthetic click on Perplexity's Submit button sends: the person's next send goes through.
  replayByClick: false,
});

// Try by hand:
// - https://www.perplexity.ai/ (type, Enter, Shift+Enter, the Submit arrow)
// - https://www.perplexity.ai/search/<id> (the follow-up box)
// - https://www.perplexity.ai/ → "Attach files" (no dialog)
