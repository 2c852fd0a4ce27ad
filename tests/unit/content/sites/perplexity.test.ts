// @vitest-environment happy-dom
// Fixture: fixtures/perplexity.html (its sources are listed at its top).
import { beforeEach, describe } from 'vitest';
import { perplexityAdapter as adapter } from '../../../../entrypoints/content/sites/perplexity';
import { assistantChatTable, editorForTable, matchesTable } from './adapter-tables';
import { loadFixture } from './fixture';

beforeEach(() => loadFixture('perplexity'));

describe('Perplexity adapter', () => {
  matchesTable(adapter, [
    ['https://www.perplexity.ai/', true],
    ['https://www.perplexity.ai/search/abc', true],
    ['https://perplexity.ai/', true],
    ['https://perplexity.ai.evil.io/', false],
  ]);

  editorForTable(adapter, [['ask-input', 'ask-input']]);

  assistantChatTable(adapter, { editor: 'ask-input', send: 'send', sendIcon: 'send-icon', notSends: ['attach', 'model', 'dictate'] });
});
