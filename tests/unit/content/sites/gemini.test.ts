// @vitest-environment happy-dom
// Fixture: fixtures/gemini.html (its sources are listed at its top).
import { beforeEach, describe } from 'vitest';
import { geminiAdapter as adapter } from '../../../../entrypoints/content/sites/gemini';
import { assistantChatTable, editorForTable, matchesTable } from './adapter-tables';
import { loadFixture } from './fixture';

beforeEach(() => loadFixture('gemini'));

describe('Gemini adapter', () => {
  matchesTable(adapter, [
    ['https://gemini.google.com/app', true],
    ['https://gemini.google.com/app/0a1b2c', true],
    ['https://mail.google.com/mail/', false],
    ['https://gemini.google.com.evil.io/', false],
  ]);

  editorForTable(adapter, [
    ['editor', 'editor'],
    ['search', null],
  ]);

  assistantChatTable(adapter, { editor: 'editor', send: 'send', sendIcon: 'send-icon', notSends: ['upload', 'mic'] });
});
