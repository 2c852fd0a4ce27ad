// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { teamsAdapter as adapter } from '../../../../entrypoints/content/sites/teams';
import { editorForTable, isSendControlTable, matchesTable } from './adapter-tables';
import { byId, loadFixture } from './fixture';

beforeEach(() => loadFixture('teams'));

describe('Microsoft Teams adapter', () => {
  matchesTable(adapter, [
    ['https://teams.microsoft.com/v2/', true],
    ['https://teams.live.com/v2/', true],
    ['https://teams.cloud.microsoft/', true],
    ['https://teams.microsoft.com.evil.io/', false],
    ['https://outlook.office.com/mail/', false],
  ]);

  editorForTable(adapter, [
    ['editor', 'editor'],
    ['search', null],
  ]);

  it('is a chat app: Enter and Ctrl/Cmd+Enter send; replay not claimed', () => {
    expect(adapter.enterSends(byId('editor'))).toBe(true);
    expect(adapter.modEnterSends(byId('editor'))).toBe(true);
    expect(adapter.replayByClick).toBe(false);
  });

  isSendControlTable(adapter, [
    ['send', 'editor', true],
    ['send-icon', 'editor', true],
    ['format', 'editor', false],
    ['emoji', 'editor', false],
    ['title', 'editor', false],
  ]);

  it('findSendControl finds the command bar’s Send', () => {
    expect(adapter.findSendControl?.(byId('editor'))?.id).toBe('send');
  });

  it('the audience is the conversation title', () => {
    expect(adapter.audience(byId('editor'))).toEqual({ kind: 'channel', name: 'Deal Desk' });
  });

  it('without a title the audience is unknown', () => {
    byId('title').remove();
    expect(adapter.audience(byId('editor'))).toEqual({ kind: 'unknown' });
  });
});

// A one-to-one or group chat's Send carries data-tid="sendMessageCommands-send" (public scripts that
// send in Teams chats click it: the code search shows several), whatever its label's language.
describe('Microsoft Teams adapter: the chat Send', () => {
  beforeEach(() => {
    loadFixture('teams');
    const send = byId('send');
    send.setAttribute('data-tid', 'sendMessageCommands-send');
    send.setAttribute('aria-label', 'Senden');
    send.setAttribute('title', 'Senden');
  });

  isSendControlTable(adapter, [
    ['send', 'editor', true],
    ['send-icon', 'editor', true],
    ['format', 'editor', false],
    ['emoji', 'editor', false],
  ]);

  it('findSendControl finds the chat’s Send', () => {
    expect(adapter.findSendControl?.(byId('editor'))?.id).toBe('send');
  });
});
