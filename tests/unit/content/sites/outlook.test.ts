// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { outlookAdapter as adapter } from '../../../../entrypoints/content/sites/outlook';
import { editorForTable, findSendControlTable, isSendControlTable, matchesTable } from './adapter-tables';
import { byId, loadFixture } from './fixture';

beforeEach(() => loadFixture('outlook'));

describe('Outlook on the web adapter', () => {
  matchesTable(adapter, [
    ['https://outlook.office.com/mail/inbox', true],
    ['https://outlook.office365.com/mail/', true],
    ['https://outlook.live.com/mail/0/', true],
    ['https://outlook.cloud.microsoft/mail/', true],
    ['https://outlook.com.evil.io/mail/', false],
    ['https://teams.microsoft.com/', false],
  ]);

  editorForTable(adapter, [
    ['body', 'body'],
    ['subject', 'subject'],
    ['reply-body', 'reply-body'],
    ['search', null],
    ['to', null],
    ['cc', null],
  ]);

  it('is a mail app: Ctrl/Cmd+Enter sends, Enter does not; Send replays by click', () => {
    expect(adapter.enterSends(byId('body'))).toBe(false);
    expect(adapter.modEnterSends(byId('body'))).toBe(true);
    expect(adapter.intercepts).toBe(true);
    expect(adapter.replayByClick).toBe(true);
  });

  isSendControlTable(adapter, [
    ['send', 'body', true],
    ['send', 'subject', true],
    ['send-options', 'body', false],
    ['discard', 'body', false],
    ['reply-send', 'body', false],
    ['reply-send-icon', 'reply-body', true],
    ['send', 'reply-body', false],
  ]);

  findSendControlTable(adapter, [
    ['body', 'send'],
    ['reply-body', 'reply-send'],
  ]);

  it.each<[string, string[]]>([
    // address from the pill's title, a name-only pill kept as a name, typed text, and Cc
    ['body', ['jane@acme.com', 'Bob Smith', 'pat@prospect.example', 'ann@acme.com']],
    ['reply-body', ['outsider@partner.io']],
  ])('audience of #%s lists exactly its To/Cc/Bcc', (editor, addresses) => {
    expect(adapter.audience(byId(editor))).toEqual({ kind: 'recipients', addresses });
  });

  it('a compose whose wells are empty has an empty recipient list (counted as outside)', () => {
    for (const id of ['to', 'cc']) byId(id).replaceChildren();
    expect(adapter.audience(byId('body'))).toEqual({ kind: 'recipients', addresses: [] });
  });
});

// Pills that carry data-lpc-hover-target-id and show display names, the subject labelled "Subject",
// and Send found by its test id whatever its label says (fixtures/outlook-compose-de.html).
describe('Outlook on the web adapter: pills, Subject and the Send test id', () => {
  beforeEach(() => loadFixture('outlook-compose-de'));

  editorForTable(adapter, [
    ['body', 'body'],
    ['subject', 'subject'],
    ['to', null],
    ['search', null],
  ]);

  isSendControlTable(adapter, [
    ['send', 'body', true], // "Senden"
    ['send-text', 'subject', true],
    ['send-options', 'body', false],
    ['discard', 'body', false],
    ['attach', 'body', false],
  ]);

  findSendControlTable(adapter, [
    ['body', 'send'],
    ['subject', 'send'],
  ]);

  it('reads each pill once: the address from its label or a tooltip inside it, else the name it shows (outside)', () => {
    expect(adapter.audience(byId('body'))).toEqual({
      kind: 'recipients',
      addresses: ['carol@acme-robotics.com', 'jane@acme.com', 'Bob Smith'],
    });
  });
});
