// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { googleChatAdapter as adapter } from '../../../entrypoints/content/sites/google-chat';
import { byId, loadFixture } from './fixture';

beforeEach(() => loadFixture('google-chat'));

describe('Google Chat adapter', () => {
  it.each<[string, boolean]>([
    ['https://chat.google.com/u/0/app/home', true],
    ['https://chat.google.com/u/0/frame?id=abc', true],
    ['https://mail.google.com/chat/u/0/#chat/home', true],
    ['https://mail.google.com/mail/u/0/#chat/space/AAA', true],
    ['https://mail.google.com/mail/u/0/#inbox', false],
    ['https://chat.google.com.evil.io/', false],
  ])('matches %s → %s', (url, expected) => {
    expect(adapter.matches(new URL(url))).toBe(expected);
  });

  it.each<[string, string | null]>([
    ['editor', 'editor'],
    ['thread-editor', 'thread-editor'],
    ['search', null],
  ])('editorFor(#%s) → %s', (id, expected) => {
    expect(adapter.editorFor?.(byId(id))?.id ?? null).toBe(expected);
  });

  it('is a chat app: Enter sends, Ctrl/Cmd+Enter does not; replay not claimed', () => {
    expect(adapter.enterSends(byId('editor'))).toBe(true);
    expect(adapter.modEnterSends(byId('editor'))).toBe(false);
    expect(adapter.replayByClick).toBe(false);
  });

  it.each<[string, string, boolean]>([
    ['send', 'editor', true],
    ['send-icon', 'editor', true],
    ['bold', 'editor', false],
    ['thread-send', 'editor', false],
    ['thread-send', 'thread-editor', true],
  ])('isSendControl(#%s, editor #%s) → %s', (target, editor, expected) => {
    expect(adapter.isSendControl(byId(target), byId(editor))).toBe(expected);
  });

  it.each<[string, string]>([
    ['editor', 'send'],
    ['thread-editor', 'thread-send'],
  ])('findSendControl(#%s) → #%s', (editor, expected) => {
    expect(adapter.findSendControl?.(byId(editor))?.id).toBe(expected);
  });

  it.each<[string, string]>([
    ['Message Deal Desk', 'Deal Desk'],
    ['Envoyer un message à Jane Doe', 'Jane Doe'],
  ])('the composer label %j names the conversation %j', (label, name) => {
    byId('editor').setAttribute('aria-label', label);
    expect(adapter.audience(byId('editor'))).toEqual({ kind: 'channel', name });
  });

  it('a thread reply takes the conversation heading', () => {
    byId('heading').textContent = 'Sales EMEA';
    expect(adapter.audience(byId('thread-editor'))).toEqual({ kind: 'channel', name: 'Sales EMEA' });
  });

  it('with no label and no heading the audience is unknown', () => {
    byId('heading').remove();
    expect(adapter.audience(byId('thread-editor'))).toEqual({ kind: 'unknown' });
  });
});
