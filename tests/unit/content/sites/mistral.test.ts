// @vitest-environment happy-dom
// Fixture: fixtures/mistral.html (its sources are listed at its top).
import { beforeEach, describe, expect, it } from 'vitest';
import { mistralAdapter as adapter } from '../../../../entrypoints/content/sites/mistral';
import { assistantChatTable, editorForTable, findSendControlTable, matchesTable } from './adapter-tables';
import { byId, loadFixture } from './fixture';

beforeEach(() => loadFixture('mistral'));

describe('Mistral Le Chat adapter', () => {
  matchesTable(adapter, [
    ['https://chat.mistral.ai/chat', true],
    ['https://chat.mistral.ai/chat/0123', true],
    ['https://mistral.ai/', false],
    ['https://chat.mistral.ai.evil.io/', false],
  ]);

  editorForTable(adapter, [
    ['editor', 'editor'],
    ['old-editor', 'old-editor'],
  ]);

  assistantChatTable(adapter, {
    editor: 'editor',
    send: 'send',
    sendIcon: 'send-icon',
    notSends: ['add-files', 'tools', 'voice', 'old-send'],
  });

  findSendControlTable(adapter, [['old-editor', 'old-send']]);

  it('the older textarea composer’s submit button is its own Send, not the new composer’s', () => {
    expect(adapter.isSendControl(byId('old-send'), byId('old-editor'))).toBe(true);
    expect(adapter.isSendControl(byId('send'), byId('old-editor'))).toBe(false);
  });
});
