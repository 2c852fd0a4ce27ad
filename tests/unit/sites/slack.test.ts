// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { slackAdapter as adapter } from '../../../entrypoints/content/sites/slack';
import { byId, loadFixture } from './fixture';

beforeEach(() => loadFixture('slack'));

describe('Slack adapter', () => {
  it.each<[string, boolean]>([
    ['https://app.slack.com/client/T0123/C0456', true],
    ['https://app.slack.com/client/', true],
    ['https://slack.com/intl/fr-fr/', false],
    ['https://app.slack.com.evil.io/client/', false],
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

  it('is a chat app: Enter sends (and Ctrl/Cmd+Enter when Enter is set to a new line); replay not claimed', () => {
    expect(adapter.enterSends(byId('editor'))).toBe(true);
    expect(adapter.modEnterSends(byId('editor'))).toBe(true);
    expect(adapter.replayByClick).toBe(false);
  });

  it.each<[string, string, boolean]>([
    ['send', 'editor', true],
    ['send-icon', 'editor', true],
    ['schedule', 'editor', false],
    ['format', 'editor', false],
    ['thread-send', 'editor', false],
    ['thread-send', 'thread-editor', true],
    ['send', 'thread-editor', false],
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
    ['Message #sales-emea', 'sales-emea'],
    ['Message Jane Doe', 'Jane Doe'],
    ['Envoyer un message à #ventes', 'ventes'],
    ['Message to #general', 'general'],
  ])('channel read from the composer label %j → %j', (label, name) => {
    byId('editor').setAttribute('aria-label', label);
    expect(adapter.audience(byId('editor'))).toEqual({ kind: 'channel', name });
  });

  it('a thread reply takes the open channel from the header', () => {
    expect(adapter.audience(byId('thread-editor'))).toEqual({ kind: 'channel', name: 'Deal-Desk' });
  });

  it('with no label and no header the audience is unknown', () => {
    byId('thread-editor').removeAttribute('aria-label');
    byId('header').textContent = '';
    expect(adapter.audience(byId('thread-editor'))).toEqual({ kind: 'unknown' });
  });
});
