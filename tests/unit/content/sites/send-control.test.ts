// @vitest-environment happy-dom
// Send controls found by what they are (generic adapter): the shapes of real composers' buttons.
import { describe, expect, it } from 'vitest';
import { genericAdapter as adapter } from '../../../../entrypoints/content/sites/generic';
import { hasOtherJob, sendEvidence } from '../../../../entrypoints/content/sites/send-control';
import { byId } from './fixture';

const ICON = '<svg viewBox="0 0 16 16"><path d="M1 14l14-6L1 2v5l10 1-10 1z"/></svg>';

/** A composer: the editor, then the controls beside it. */
function composer(controls: string, editor = '<div id="editor" contenteditable="true"></div>'): void {
  document.body.innerHTML = `<main><section class="composer">${editor}<div class="toolbar">${controls}</div></section></main>`;
}

describe('what a control beside a message box is', () => {
  it.each([
    [
      'an icon button with data-testid="send-button"',
      `<button id="c" data-testid="send-button" aria-label="Send prompt">${ICON}</button>`,
      'identifier',
    ],
    ["Teams' icon Send (data-tid)", `<button id="c" data-tid="sendMessageCommands-send">${ICON}</button>`, 'identifier'],
    ["Outlook's Send test id", '<button id="c" data-testid="ComposeSendButton">Send</button>', 'identifier'],
    ['a button known only by its class and icon', `<button id="c" class="tawk-button"><svg class="tawk-icon-send"></svg></button>`, 'icon'],
    ['a sprite icon <use href="#utility-send">', '<button id="c" title="x"><svg><use href="#utility-send"></use></svg></button>', 'icon'],
    ['a Font Awesome paper plane', '<span id="c"><i class="fa fa-paper-plane"></i></span>', 'icon'],
    ['a div role=button labelled "Send message"', '<div id="c" role="button" tabindex="0" aria-label="Send message"></div>', 'label'],
    ['a French label', '<button id="c" aria-label="Envoyer la question"></button>', 'label'],
    ['a German label', '<button id="c" aria-label="Senden"></button>', 'foreign-label'],
    ['a Japanese label', '<button id="c">送信</button>', 'foreign-label'],
    ['a Chinese link', '<a id="c" href="javascript:;">发送</a>', 'foreign-label'],
    ['a Russian label', '<button id="c" aria-label="Отправить"></button>', 'foreign-label'],
  ])('%s sends (%s)', (_case, html, evidence) => {
    composer(html);
    expect(sendEvidence(byId('c'), false)).toBe(evidence);
  });

  it.each([
    [
      'ChatGPT\'s untyped "Add photos & files" (opens a menu)',
      '<button id="c" data-testid="composer-plus-btn" aria-label="Add photos &amp; files" aria-haspopup="menu"></button>',
    ],
    ['an attach button', '<button id="c" aria-label="Attach a file"></button>'],
    ['a French attach button', '<button id="c" aria-label="Joindre des fichiers"></button>'],
    ['a Japanese attach button', '<button id="c" aria-label="ファイルを添付"></button>'],
    ['a microphone', '<button id="c" aria-label="Microphone"></button>'],
    ['a German voice recorder', '<button id="c" title="Audionachricht aufnehmen"></button>'],
    ['an emoji picker', '<div id="c" role="button" aria-label="Emoji"></div>'],
    ['a Bold toggle', '<button id="c" aria-label="Bold" aria-pressed="false"></button>'],
    ['a split button\'s arrow "More send options"', '<div id="c" role="button" aria-label="More send options" aria-haspopup="true"></div>'],
    ['"Schedule send"', '<button id="c" aria-label="Schedule send"></button>'],
    ['"Send a gift"', '<button id="c" aria-label="Send a gift"></button>'],
    ['a menu disclosure', '<button id="c" aria-expanded="false" aria-label="Send"></button>'],
    ['a button holding a file input', '<button id="c" aria-label="Send"><input type="file"></button>'],
  ])('%s is never a Send', (_case, html) => {
    composer(html);
    expect(hasOtherJob(byId('c'))).toBe(true);
    expect(sendEvidence(byId('c'), true)).toBeNull();
  });
});

describe('the generic adapter judges the control clicked', () => {
  it("takes ChatGPT's send-button, not the untyped attach button in the same form", () => {
    document.body.innerHTML = `<form>
      <button id="plus" aria-label="Add photos &amp; files" data-testid="composer-plus-btn" aria-haspopup="menu"></button>
      <div id="editor" contenteditable="true"></div>
      <button id="send" data-testid="send-button" aria-label="Send prompt">${ICON}</button></form>`;
    expect(adapter.isSendControl(byId('plus'), byId('editor'))).toBe(false);
    expect(adapter.isSendControl(byId('send'), byId('editor'))).toBe(true);
  });

  it('takes a click on the icon inside a div Send control as a click on the control', () => {
    composer('<div id="send" role="button" tabindex="0" aria-label="Send message"><svg id="icon"></svg></div>');
    expect(adapter.isSendControl(byId('icon'), byId('editor'))).toBe(true);
  });

  it('takes a span with a pointer cursor and a paper-plane icon', () => {
    composer('<span id="send" style="cursor: pointer"><i id="icon" class="fa fa-paper-plane"></i></span>');
    expect(adapter.isSendControl(byId('icon'), byId('editor'))).toBe(true);
  });

  it('counts a label in another language only when nothing else says Send', () => {
    composer(`<button id="foreign" aria-label="Enviar"></button><button id="send" data-testid="send-button">${ICON}</button>`);
    expect(adapter.isSendControl(byId('foreign'), byId('editor'))).toBe(false);
    expect(adapter.isSendControl(byId('send'), byId('editor'))).toBe(true);
    composer('<button id="foreign" aria-label="Enviar"></button>');
    expect(adapter.isSendControl(byId('foreign'), byId('editor'))).toBe(true);
  });

  it('finds the Send of an editor in an open shadow root', () => {
    document.body.innerHTML = '<chat-widget id="host"></chat-widget>';
    const root = byId('host').attachShadow({ mode: 'open' });
    root.innerHTML = `<div><textarea></textarea><button title="Send"><svg><use href="#utility-send"></use></svg></button></div>`;
    const editor = root.querySelector('textarea')!;
    expect(adapter.findSendControl?.(editor)).toBe(root.querySelector('button'));
  });
});
