// @vitest-environment happy-dom
// Fixture: fixtures/copilot.html (its sources are listed at its top).
import { beforeEach, describe } from 'vitest';
import { copilotAdapter as adapter } from '../../../../entrypoints/content/sites/copilot';
import { assistantChatTable, editorForTable, matchesTable } from './adapter-tables';
import { loadFixture } from './fixture';

beforeEach(() => loadFixture('copilot'));

describe('Microsoft Copilot adapter', () => {
  matchesTable(adapter, [
    ['https://copilot.microsoft.com/', true],
    ['https://copilot.microsoft.com/chats/abc', true],
    ['https://teams.microsoft.com/', false],
    ['https://copilot.microsoft.com.evil.io/', false],
  ]);

  editorForTable(adapter, [['userInput', 'userInput']]);

  assistantChatTable(adapter, { editor: 'userInput', send: 'send', sendIcon: 'send-icon', notSends: ['upload', 'voice'] });
});
