// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { googleChatAdapter as adapter } from '../../../../entrypoints/content/sites/google-chat';
import { composerLabelTable, editorForTable, findSendControlTable, isSendControlTable, matchesTable } from './adapter-tables';
import { byId, loadFixture } from './fixture';

beforeEach(() => loadFixture('google-chat'));

describe('Google Chat adapter', () => {
  matchesTable(adapter, [
    ['https://chat.google.com/u/0/app/home', true],
    ['https://chat.google.com/u/0/frame?id=abc', true],
    ['https://mail.google.com/chat/u/0/#chat/home', true],
    ['https://mail.google.com/mail/u/0/#chat/space/AAA', true],
    ['https://mail.google.com/mail/u/0/#inbox', false],
    ['https://chat.google.com.evil.io/', false],
  ]);

  editorForTable(adapter, [
    ['editor', 'editor'],
    ['thread-editor', 'thread-editor'],
    ['search', null],
  ]);

  it('is a chat app: Enter sends, Ctrl/Cmd+Enter does not; replay not claimed', () => {
    expect(adapter.enterSends(byId('editor'))).toBe(true);
    expect(adapter.modEnterSends(byId('editor'))).toBe(false);
    expect(adapter.replayByClick).toBe(false);
  });

  isSendControlTable(adapter, [
    ['send', 'editor', true],
    ['send-icon', 'editor', true],
    ['bold', 'editor', false],
    ['thread-send', 'editor', false],
    ['thread-send', 'thread-editor', true],
  ]);

  findSendControlTable(adapter, [
    ['editor', 'send'],
    ['thread-editor', 'thread-send'],
  ]);

  composerLabelTable(adapter, [
    ['Message Deal Desk', 'Deal Desk'],
    ['Envoyer un message à Jane Doe', 'Jane Doe'],
  ]);

  it('a thread reply takes the conversation heading', () => {
    byId('heading').textContent = 'Sales EMEA';
    expect(adapter.audience(byId('thread-editor'))).toEqual({ kind: 'channel', name: 'Sales EMEA' });
  });

  it('with no label and no heading the audience is unknown', () => {
    byId('heading').remove();
    expect(adapter.audience(byId('thread-editor'))).toEqual({ kind: 'unknown' });
  });
});
