// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { whatsappAdapter as adapter } from '../../../../entrypoints/content/sites/whatsapp';
import { editorForTable, isSendControlTable, matchesTable } from './adapter-tables';
import { byId, loadFixture } from './fixture';

beforeEach(() => loadFixture('whatsapp'));

describe('WhatsApp Web adapter', () => {
  matchesTable(adapter, [
    ['https://web.whatsapp.com/', true],
    ['https://www.whatsapp.com/', false],
    ['https://web.whatsapp.com.evil.io/', false],
  ]);

  editorForTable(adapter, [
    ['editor', 'editor'],
    ['search', null],
  ]);

  it('is a chat app: Enter sends, Ctrl/Cmd+Enter does not; Send replays by click', () => {
    expect(adapter.enterSends(byId('editor'))).toBe(true);
    expect(adapter.modEnterSends(byId('editor'))).toBe(false);
    expect(adapter.replayByClick).toBe(true);
  });

  isSendControlTable(adapter, [
    ['send', 'editor', true],
    ['send-icon', 'editor', true],
    ['attach', 'editor', false],
    ['header-button', 'editor', false],
  ]);

  it.each<[string, string]>([
    ['Send', 'send'],
    ['Envoyer', 'send'],
  ])('findSendControl finds the button labelled %j', (label, expected) => {
    byId('send').setAttribute('aria-label', label);
    expect(adapter.findSendControl?.(byId('editor'))?.id).toBe(expected);
  });

  it('finds Send by its icon when the label is in another language', () => {
    byId('send').setAttribute('aria-label', 'Enviar');
    expect(adapter.findSendControl?.(byId('editor'))?.id).toBe('send');
  });

  it('the audience is the open chat’s name, never one from the chat list', () => {
    expect(adapter.audience(byId('editor'))).toEqual({ kind: 'channel', name: 'Deal Desk' });
  });

  it('without a header the audience is unknown', () => {
    byId('title').remove();
    for (const span of byId('main').querySelectorAll('header span')) span.remove();
    expect(adapter.audience(byId('editor'))).toEqual({ kind: 'unknown' });
  });
});
