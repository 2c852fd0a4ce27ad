// ChatGPT (chatgpt.com, and chat.openai.com which redirects there). The prompt box is a ProseMirror
// editor (#prompt-textarea; a textarea in older builds) inside the composer form. Enter sends,
// Shift+Enter is a new line. Send is button[data-testid="send-button"];
// the form's other buttons attach files, pick tools, dictate or start voice mode, and the button
// shown while an answer streams stops it: none of them sends.

import { assistantChatAdapter } from './assistant-chat';

const HOSTS = ['chatgpt.com', 'chat.openai.com'];

const EDITOR = '#prompt-textarea';
/**
 * Send, by its test id; never "Attach files" (an untyped button in the same form), nor the voice
 * button that takes Send's place (#composer-submit-button) while the box is empty.
 */
const SEND_BUTTON = 'button[data-testid="send-button"]';

export const chatgptAdapter = assistantChatAdapter({
  id: 'chatgpt',
  hosts: HOSTS,
  editor: EDITOR,
  isSendButton: (control) => control.matches(SEND_BUTTON),
  // Public scripts send a prompt with sendButton.click() (e.g. MakShuk/chrome-extension-from-chat-gpt).
  replayByClick: true,
});

// Try by hand:
// - https://chatgpt.com/ (new chat: type, Enter, Shift+Enter, the round Send button)
// - https://chatgpt.com/ → the "+" / "Attach files" button and the voice button (no dialog)
// - https://chat.openai.com/ (redirects to chatgpt.com)
