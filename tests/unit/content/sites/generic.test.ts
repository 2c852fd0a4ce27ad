// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { genericAdapter as adapter } from '../../../../entrypoints/content/sites/generic';
import { byId, loadFixture } from './fixture';

beforeEach(() => loadFixture('generic'));

describe('generic adapter (any page)', () => {
  it.each([
    ['mail-body', 'mail-send'],
    ['to', 'mail-send'],
    ['chat-with-button', 'chat-send'],
    ['search', 'search-go'],
    // A button in a form the editor is not part of sends that form, never this editor's message.
    ['chat-bare', null],
    ['notes', null],
  ])('finds the Send control of #%s → %s', (editor, control) => {
    const found = adapter.findSendControl?.(byId(editor)) ?? null;
    expect(found?.id ?? null).toBe(control);
  });

  it.each([
    ['mail-send', 'mail-body', true],
    ['attach', 'mail-body', false],
    ['mail-send', 'chat-bare', false],
    ['chat-send', 'chat-with-button', true],
    ['chat-send', 'notes', false],
  ])('isSendControl(#%s, editor #%s) → %s', (target, editor, expected) => {
    expect(adapter.isSendControl(byId(target), byId(editor))).toBe(expected);
  });

  it.each([
    ['chat-bare', true, false],
    ['search', true, true],
    ['to', true, true],
    ['notes', false, false],
    ['mail-body', false, true],
  ])('#%s: Enter sends %s, Ctrl/Cmd+Enter sends %s', (editor, enter, modEnter) => {
    expect(adapter.enterSends(byId(editor))).toBe(enter);
    expect(adapter.modEnterSends(byId(editor))).toBe(modEnter);
  });

  it('reads the audience of a mail form from its To field', () => {
    expect(adapter.audience(byId('mail-body'))).toEqual({ kind: 'recipients', addresses: ['partner@example.org'] });
  });

  it('knows no audience for an editor with no recipient fields around it: it counts as outside the sales team', () => {
    expect(adapter.audience(byId('chat-with-button'))).toEqual({ kind: 'unknown' });
    expect(adapter.audience(byId('notes'))).toEqual({ kind: 'unknown' });
  });
});
