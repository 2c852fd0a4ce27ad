// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { gmailAdapter as adapter } from '../../../../entrypoints/content/sites/gmail';
import { editorForTable, findSendControlTable, isSendControlTable, matchesTable } from './adapter-tables';
import { byId, loadFixture } from './fixture';

beforeEach(() => loadFixture('gmail'));

describe('Gmail adapter', () => {
  matchesTable(adapter, [
    ['https://mail.google.com/mail/u/0/#inbox', true],
    ['https://mail.google.com/mail/u/1/#inbox?compose=new', true],
    ['https://mail.google.com/chat/u/0/#chat/home', false],
    ['https://mail.google.com/mail/u/0/#chat/dm/abc', false],
    ['https://chat.google.com/u/0/', false],
    ['https://docs.google.com/document/d/x', false],
    ['https://mail.google.com.evil.io/mail/', false],
  ]);

  editorForTable(adapter, [
    ['body', 'body'],
    ['subject', 'subject'],
    ['reply-body', 'reply-body'],
    ['search', null],
  ]);

  it('is a mail app: Ctrl/Cmd+Enter sends, Enter does not, and replay is not claimed', () => {
    expect(adapter.enterSends(byId('body'))).toBe(false);
    expect(adapter.modEnterSends(byId('body'))).toBe(true);
    expect(adapter.intercepts).toBe(true);
    expect(adapter.replayByClick).toBe(false);
  });

  isSendControlTable(adapter, [
    ['send', 'body', true],
    ['send-text', 'body', true], // the label inside the button
    ['send', 'subject', true],
    ['more-send', 'body', false],
    ['discard', 'body', false],
    ['format', 'body', false],
    ['reply-send', 'body', false], // another compose's Send
    ['reply-send', 'reply-body', true],
    ['reply-send-archive', 'reply-body', true],
    ['send', 'reply-body', false],
  ]);

  findSendControlTable(adapter, [
    ['body', 'send'],
    ['subject', 'send'],
    ['reply-body', 'reply-send'],
  ]);

  it.each<[string, string[]]>([
    // chips (data-hovercard-id) plus the address still typed in Cc; thread sender outside the compose is ignored
    ['body', ['jane@acme.com', 'bob@eu.acme.com', 'ann@prospect.example']],
    ['reply-body', ['outsider@partner.io']],
  ])('audience of #%s lists exactly its To/Cc/Bcc', (editor, addresses) => {
    expect(adapter.audience(byId(editor))).toEqual({ kind: 'recipients', addresses });
  });

  it('an address typed but not yet turned into a chip counts', () => {
    (byId('compose').querySelector('input[aria-label="Bcc recipients"]') as HTMLInputElement).value = 'eve@evil.io, ';
    expect(adapter.audience(byId('body'))).toEqual({
      kind: 'recipients',
      addresses: ['jane@acme.com', 'bob@eu.acme.com', 'ann@prospect.example', 'eve@evil.io'],
    });
  });

  it('a compose with no recipient yet has an empty list (counted as outside)', () => {
    for (const chip of byId('compose').querySelectorAll('[role="option"], input')) chip.remove();
    expect(adapter.audience(byId('body'))).toEqual({ kind: 'recipients', addresses: [] });
  });
});

// The saved compose structure with Gmail in Spanish (fixtures/gmail-compose-es.html): Send is found
// by where it sits, and the recipients by the compose table around both the body and the form.
describe('Gmail adapter on a saved compose, UI in another language', () => {
  beforeEach(() => loadFixture('gmail-compose-es'));

  editorForTable(adapter, [
    ['body', 'body'],
    ['subject', 'subject'],
    ['to', null],
    ['search', null],
  ]);

  isSendControlTable(adapter, [
    ['send', 'body', true], // "Enviar": first in the bottom bar
    ['send', 'subject', true],
    ['more-send', 'body', false], // opens "More send options"
    ['more-send-icon', 'body', false],
    ['format', 'body', false],
    ['attach', 'body', false],
    ['link', 'body', false],
    ['confidential', 'body', false],
    ['more-options', 'body', false],
    ['discard', 'body', false],
  ]);

  findSendControlTable(adapter, [
    ['body', 'send'],
    ['subject', 'send'],
  ]);

  it('reads To, Cc and Bcc from the compose’s form, beside the table that holds the body and Send', () => {
    expect(adapter.audience(byId('body'))).toEqual({
      kind: 'recipients',
      addresses: ['carol@acme-robotics.com', 'jane@acme.com', 'bob@eu.acme.com'],
    });
  });
});
