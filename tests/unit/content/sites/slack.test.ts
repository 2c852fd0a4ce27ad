// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { slackAdapter as adapter } from '../../../../entrypoints/content/sites/slack';
import { composerLabelTable, editorForTable, findSendControlTable, isSendControlTable, matchesTable } from './adapter-tables';
import { byId, loadFixture } from './fixture';

beforeEach(() => loadFixture('slack'));

describe('Slack adapter', () => {
  matchesTable(adapter, [
    ['https://app.slack.com/client/T0123/C0456', true],
    ['https://app.slack.com/client/', true],
    ['https://slack.com/intl/fr-fr/', false],
    ['https://app.slack.com.evil.io/client/', false],
  ]);

  editorForTable(adapter, [
    ['editor', 'editor'],
    ['thread-editor', 'thread-editor'],
    ['search', null],
  ]);

  it('is a chat app: Enter sends (and Ctrl/Cmd+Enter when Enter is set to a new line); replay not claimed', () => {
    expect(adapter.enterSends(byId('editor'))).toBe(true);
    expect(adapter.modEnterSends(byId('editor'))).toBe(true);
    expect(adapter.replayByClick).toBe(false);
  });

  isSendControlTable(adapter, [
    ['send', 'editor', true],
    ['send-icon', 'editor', true],
    ['schedule', 'editor', false],
    ['format', 'editor', false],
    ['thread-send', 'editor', false],
    ['thread-send', 'thread-editor', true],
    ['send', 'thread-editor', false],
  ]);

  findSendControlTable(adapter, [
    ['editor', 'send'],
    ['thread-editor', 'thread-send'],
  ]);

  composerLabelTable(adapter, [
    ['Message #sales-emea', 'sales-emea'],
    ['Message Jane Doe', 'Jane Doe'],
    ['Envoyer un message à #ventes', 'ventes'],
    ['Message to #general', 'general'],
  ]);

  it('a thread reply takes the open channel from the header', () => {
    expect(adapter.audience(byId('thread-editor'))).toEqual({ kind: 'channel', name: 'Deal-Desk' });
  });

  it('with no label and no header the audience is unknown', () => {
    byId('thread-editor').removeAttribute('aria-label');
    byId('header').textContent = '';
    expect(adapter.audience(byId('thread-editor'))).toEqual({ kind: 'unknown' });
  });
});
