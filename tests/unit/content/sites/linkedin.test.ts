// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { linkedinAdapter as adapter } from '../../../../entrypoints/content/sites/linkedin';
import { editorForTable, findSendControlTable, isSendControlTable, matchesTable } from './adapter-tables';
import { byId, loadFixture } from './fixture';

beforeEach(() => loadFixture('linkedin'));

function chooseSendOption(id: 'enter-option' | 'click-option'): void {
  for (const option of ['enter-option', 'click-option']) {
    byId(option).setAttribute('aria-checked', String(option === id));
  }
}

describe('LinkedIn messaging adapter', () => {
  matchesTable(adapter, [
    ['https://www.linkedin.com/messaging/thread/2-abc/', true],
    ['https://www.linkedin.com/feed/', true],
    ['https://fr.linkedin.com/in/jane', true],
    ['https://linkedin.com.evil.io/messaging/', false],
  ]);

  editorForTable(adapter, [
    ['editor', 'editor'],
    ['bubble-editor', 'bubble-editor'],
    ['post', 'post'], // caution only
    ['search', null],
  ]);

  it.each<[string, 'enter-option' | 'click-option' | null, boolean]>([
    ['editor', 'enter-option', true],
    ['editor', 'click-option', false],
    ['editor', null, true], // the menu is not in the page: Enter may send, so it is guarded
    ['bubble-editor', null, true],
    ['post', null, false],
  ])('enterSends(#%s) with %s checked → %s', (editor, option, expected) => {
    if (option) chooseSendOption(option);
    else for (const menu of document.querySelectorAll('[role="menu"]')) menu.remove();
    expect(adapter.enterSends(byId(editor))).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['enter', true],
    ['click', false],
  ])('a send-options menu made of radio buttons: %s checked → Enter sends %s', (checked, expected) => {
    const menu = document.querySelector('[role="menu"]')!;
    menu.innerHTML = `
      <label><input type="radio" name="send-mode" value="enter"> Appuyez sur Entrée pour envoyer</label>
      <label><input type="radio" name="send-mode" value="click"> Cliquez sur Envoyer</label>`;
    menu.querySelector<HTMLInputElement>(`input[value="${checked}"]`)!.checked = true;
    expect(adapter.enterSends(byId('editor'))).toBe(expected);
  });

  it('Ctrl/Cmd+Enter is not a send key; Send replays by click', () => {
    expect(adapter.modEnterSends(byId('editor'))).toBe(false);
    expect(adapter.replayByClick).toBe(true);
  });

  isSendControlTable(adapter, [
    ['send', 'editor', true],
    ['send-text', 'editor', true],
    ['send-options', 'editor', false],
    ['attach', 'editor', false],
    ['bubble-send', 'editor', false],
    ['bubble-send', 'bubble-editor', true],
    ['send', 'post', false],
  ]);

  findSendControlTable(adapter, [
    ['editor', 'send'],
    ['bubble-editor', 'bubble-send'],
    ['post', null],
  ]);

  it.each<[string, unknown]>([
    ['editor', { kind: 'channel', name: 'Jane Doe' }],
    ['bubble-editor', { kind: 'channel', name: 'Bob Martin' }],
    ['post', { kind: 'unknown' }],
  ])('audience of #%s → %j', (editor, expected) => {
    expect(adapter.audience(byId(editor))).toEqual(expected);
  });
});
