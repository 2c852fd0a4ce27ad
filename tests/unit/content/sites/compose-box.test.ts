// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { composeBox } from '../../../../entrypoints/content/sites/compose-box';
import { beginsWithWord, labelOf } from '../../../../entrypoints/content/sites/dom-query';

const sendButtons = {
  controls: 'button',
  isSend: (element: HTMLElement) => beginsWithWord(labelOf(element), ['Send']),
};

beforeEach(() => {
  document.body.innerHTML = `
    <div id="page">
      <div id="new-message">
        <div id="editor"></div>
        <button id="format">Format</button><button id="send"><span id="send-label">Send</span></button>
        <button id="send-later">Send later</button>
      </div>
      <div id="reply"><div id="reply-editor"></div><button id="reply-send">Send</button></div>
      <div id="lonely-editor"></div>
    </div>`;
});

const byId = (id: string) => document.getElementById(id)!;

describe('composeBox: the nearest ancestor holding a Send button', () => {
  const box = composeBox(sendButtons);

  it.each<[string, string | null]>([
    ['editor', 'new-message'],
    ['reply-editor', 'reply'],
    ['lonely-editor', 'page'], // no Send of its own: the first ancestor that holds one
  ])('around(#%s) → #%s', (editor, expected) => {
    expect(box.around(byId(editor))?.id ?? null).toBe(expected);
  });

  it.each<[string, string | null]>([
    ['editor', 'send'], // the first Send in the box
    ['reply-editor', 'reply-send'],
  ])('findSendControl(#%s) → #%s', (editor, expected) => {
    expect(box.findSendControl(byId(editor))?.id ?? null).toBe(expected);
  });

  it.each<[string, string, boolean]>([
    ['send', 'editor', true],
    ['send-label', 'editor', true], // the label inside the button
    ['send-later', 'editor', true], // any Send button of the box, not only the first
    ['format', 'editor', false],
    ['reply-send', 'editor', false], // another compose's Send
    ['send', 'reply-editor', false],
    ['reply-send', 'reply-editor', true],
  ])('isSendControl(#%s, editor #%s) → %s', (target, editor, expected) => {
    expect(box.isSendControl(byId(target), byId(editor))).toBe(expected);
  });

  it('an editor with no Send anywhere sits in no box', () => {
    for (const id of ['send', 'send-later', 'reply-send']) byId(id).remove();
    expect(box.around(byId('editor'))).toBeNull();
    expect(box.findSendControl(byId('editor'))).toBeNull();
    expect(box.isSendControl(byId('format'), byId('editor'))).toBe(false);
  });
});

describe('composeBox with a box of the adapter’s own', () => {
  const box = composeBox(sendButtons, (editor) => editor.closest<HTMLElement>('#reply'));

  it('finds and recognises Send only inside that box', () => {
    expect(box.findSendControl(byId('reply-editor'))?.id).toBe('reply-send');
    expect(box.findSendControl(byId('editor'))).toBeNull();
    expect(box.isSendControl(byId('reply-send'), byId('reply-editor'))).toBe(true);
    expect(box.isSendControl(byId('send'), byId('editor'))).toBe(false);
  });
});
