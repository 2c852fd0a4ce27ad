// @vitest-environment happy-dom
// Fixture: fixtures/chatgpt.html (its sources are listed at its top).
import { beforeEach, describe } from 'vitest';
import { chatgptAdapter as adapter } from '../../../../entrypoints/content/sites/chatgpt';
import { assistantChatTable, editorForTable, matchesTable } from './adapter-tables';
import { loadFixture } from './fixture';

beforeEach(() => loadFixture('chatgpt'));

describe('ChatGPT adapter', () => {
  matchesTable(adapter, [
    ['https://chatgpt.com/', true],
    ['https://chatgpt.com/c/6789-abcd', true],
    ['https://chat.openai.com/', true],
    ['https://openai.com/', false],
    ['https://chatgpt.com.evil.io/', false],
  ]);

  editorForTable(adapter, [
    ['prompt-textarea', 'prompt-textarea'],
    ['search', null],
  ]);

  // The untyped "Attach files" button sits in the same form as the prompt: it is not Send.
  assistantChatTable(adapter, {
    editor: 'prompt-textarea',
    send: 'send',
    sendIcon: 'send-icon',
    notSends: ['attach', 'attach-icon', 'tools', 'dictate', 'voice', 'stop'],
  });
});
