import { describe, expect, it } from 'vitest';
import { createSendPassBook } from '../../../utils/sending/send-pass';

const editor = { name: 'composer' };
const otherEditor = { name: 'search box' };
const text = 'Meeting Acme Robotics tomorrow';

describe('the one-time send pass', () => {
  it.each([
    ['the same editor and text right away', editor, text, 0, true],
    ['the same editor and text just before expiry', editor, text, 10_000, true],
    ['after expiry', editor, text, 10_001, false],
    ['another editor', otherEditor, text, 0, false],
    ['changed text', editor, `${text}!`, 0, false],
  ])('lets through %s: %s', (_case, usedEditor, usedText, elapsed, expected) => {
    const passes = createSendPassBook<object>(10_000);
    passes.grant(editor, text, 1_000);
    expect(passes.consume(usedEditor, usedText, 1_000 + elapsed)).toBe(expected);
  });

  it('is used up by its first use', () => {
    const passes = createSendPassBook<object>();
    passes.grant(editor, text, 0);
    expect(passes.consume(editor, text, 1)).toBe(true);
    expect(passes.consume(editor, text, 2)).toBe(false);
  });

  it('is voided by a send of other text, so it cannot be reused later', () => {
    const passes = createSendPassBook<object>();
    passes.grant(editor, text, 0);
    expect(passes.consume(editor, 'something else', 1)).toBe(false);
    expect(passes.consume(editor, text, 2)).toBe(false);
  });

  it('keeps only the latest grant', () => {
    const passes = createSendPassBook<object>();
    passes.grant(editor, text, 0);
    passes.grant(otherEditor, 'other', 0);
    expect(passes.consume(otherEditor, 'other', 1)).toBe(true);
    const replaced = createSendPassBook<object>();
    replaced.grant(editor, text, 0);
    replaced.grant(otherEditor, 'other', 0);
    expect(replaced.consume(editor, text, 1)).toBe(false);
  });

  it('can be revoked', () => {
    const passes = createSendPassBook<object>();
    passes.grant(editor, text, 0);
    passes.revoke();
    expect(passes.consume(editor, text, 1)).toBe(false);
  });
});
