// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { outlookAdapter as adapter } from '../../../entrypoints/content/sites/outlook';
import { byId, loadFixture } from './fixture';

beforeEach(() => loadFixture('outlook'));

describe('Outlook on the web adapter', () => {
  it.each<[string, boolean]>([
    ['https://outlook.office.com/mail/inbox', true],
    ['https://outlook.office365.com/mail/', true],
    ['https://outlook.live.com/mail/0/', true],
    ['https://outlook.cloud.microsoft/mail/', true],
    ['https://outlook.com.evil.io/mail/', false],
    ['https://teams.microsoft.com/', false],
  ])('matches %s → %s', (url, expected) => {
    expect(adapter.matches(new URL(url))).toBe(expected);
  });

  it.each<[string, string | null]>([
    ['body', 'body'],
    ['subject', 'subject'],
    ['reply-body', 'reply-body'],
    ['search', null],
    ['to', null],
    ['cc', null],
  ])('editorFor(#%s) → %s', (id, expected) => {
    expect(adapter.editorFor?.(byId(id))?.id ?? null).toBe(expected);
  });

  it('is a mail app: Ctrl/Cmd+Enter sends, Enter does not; Send replays by click', () => {
    expect(adapter.enterSends(byId('body'))).toBe(false);
    expect(adapter.modEnterSends(byId('body'))).toBe(true);
    expect(adapter.intercepts).toBe(true);
    expect(adapter.replayByClick).toBe(true);
  });

  it.each<[string, string, boolean]>([
    ['send', 'body', true],
    ['send', 'subject', true],
    ['send-options', 'body', false],
    ['discard', 'body', false],
    ['reply-send', 'body', false],
    ['reply-send-icon', 'reply-body', true],
    ['send', 'reply-body', false],
  ])('isSendControl(#%s, editor #%s) → %s', (target, editor, expected) => {
    expect(adapter.isSendControl(byId(target), byId(editor))).toBe(expected);
  });

  it.each<[string, string]>([
    ['body', 'send'],
    ['reply-body', 'reply-send'],
  ])('findSendControl(#%s) → #%s', (editor, expected) => {
    expect(adapter.findSendControl?.(byId(editor))?.id).toBe(expected);
  });

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
