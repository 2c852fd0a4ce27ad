// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { discordAdapter as adapter } from '../../../../entrypoints/content/sites/discord';
import { composerLabelTable, editorForTable, matchesTable } from './adapter-tables';
import { byId, loadFixture } from './fixture';

beforeEach(() => loadFixture('discord'));

describe('Discord adapter', () => {
  matchesTable(adapter, [
    ['https://discord.com/channels/@me/123', true],
    ['https://discord.com/channels/1/2', true],
    ['https://ptb.discord.com/channels/1/2', true],
    ['https://discord.com/', false],
    ['https://discord.com.evil.io/channels/1/2', false],
  ]);

  editorForTable(adapter, [
    ['editor', 'editor'],
    ['search', null],
  ]);

  it('is a chat app with no Send button: Enter sends, nothing to click or replay', () => {
    expect(adapter.enterSends(byId('editor'))).toBe(true);
    expect(adapter.modEnterSends(byId('editor'))).toBe(false);
    expect(adapter.isSendControl(byId('upload'), byId('editor'))).toBe(false);
    expect(adapter.findSendControl?.(byId('editor'))).toBeNull();
    expect(adapter.replayByClick).toBe(false);
  });

  composerLabelTable(adapter, [
    ['Message #sales-emea', 'sales-emea'],
    ['Message @jane', 'jane'],
    ['Envoyer un message dans #ventes', 'ventes'],
    ['Envoyer un message à @jane', 'jane'],
  ]);

  it('falls back to the channel header, then to unknown', () => {
    byId('editor').setAttribute('aria-label', 'Edit message');
    expect(adapter.audience(byId('editor'))).toEqual({ kind: 'channel', name: 'sales-emea' });
    byId('header').remove();
    expect(adapter.audience(byId('editor'))).toEqual({ kind: 'unknown' });
  });
});
