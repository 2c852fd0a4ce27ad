// @vitest-environment happy-dom
// Fixture: fixtures/claude.html (its sources are listed at its top).
import { beforeEach, describe } from 'vitest';
import { claudeAdapter as adapter } from '../../../../entrypoints/content/sites/claude';
import { assistantChatTable, editorForTable, matchesTable } from './adapter-tables';
import { loadFixture } from './fixture';

beforeEach(() => loadFixture('claude'));

describe('Claude adapter', () => {
  matchesTable(adapter, [
    ['https://claude.ai/new', true],
    ['https://claude.ai/chat/0123-4567', true],
    ['https://www.anthropic.com/', false],
    ['https://claude.ai.evil.io/', false],
  ]);

  editorForTable(adapter, [
    ['editor', 'editor'],
    ['search', null],
  ]);

  assistantChatTable(adapter, { editor: 'editor', send: 'send', sendIcon: 'send-icon', notSends: ['add-files', 'model'] });
});
