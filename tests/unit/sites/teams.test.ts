// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { teamsAdapter as adapter } from '../../../entrypoints/content/sites/teams';
import { byId, loadFixture } from './fixture';

beforeEach(() => loadFixture('teams'));

describe('Microsoft Teams adapter', () => {
  it.each<[string, boolean]>([
    ['https://teams.microsoft.com/v2/', true],
    ['https://teams.live.com/v2/', true],
    ['https://teams.cloud.microsoft/', true],
    ['https://teams.microsoft.com.evil.io/', false],
    ['https://outlook.office.com/mail/', false],
  ])('matches %s → %s', (url, expected) => {
    expect(adapter.matches(new URL(url))).toBe(expected);
  });

  it.each<[string, string | null]>([
    ['editor', 'editor'],
    ['search', null],
  ])('editorFor(#%s) → %s', (id, expected) => {
    expect(adapter.editorFor?.(byId(id))?.id ?? null).toBe(expected);
  });

  it('is a chat app: Enter and Ctrl/Cmd+Enter send; replay not claimed', () => {
    expect(adapter.enterSends(byId('editor'))).toBe(true);
    expect(adapter.modEnterSends(byId('editor'))).toBe(true);
    expect(adapter.replayByClick).toBe(false);
  });

  it.each<[string, boolean]>([
    ['send', true],
    ['send-icon', true],
    ['format', false],
    ['emoji', false],
    ['title', false],
  ])('isSendControl(#%s) → %s', (target, expected) => {
    expect(adapter.isSendControl(byId(target), byId('editor'))).toBe(expected);
  });

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
