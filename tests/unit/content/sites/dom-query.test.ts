// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  beginsWithWord,
  closestAccepted,
  collapseSpaces,
  hostIs,
  labelOf,
  nearestAncestorHolding,
  runsCommand,
  textOf,
} from '../../../../entrypoints/content/sites/dom-query';

describe('beginsWithWord', () => {
  it.each<[string, boolean]>([
    ['Send', true],
    ['send now', true],
    ['Send ‪(Ctrl-Enter)‬', true],
    ['Send + Archive', true],
    ['Envoyer', true],
    ['Sending options', false],
    ['Sender', false],
    ['More send options', false],
    ['', false],
  ])('%j begins with Send/Envoyer → %s', (text, expected) => {
    expect(beginsWithWord(text, ['Send', 'Envoyer'])).toBe(expected);
  });
});

describe('collapseSpaces', () => {
  it.each<[string, string]>([
    ['  Send\n  now ', 'Send now'],
    ['Send \u202a(Ctrl-Enter)\u202c', 'Send (Ctrl-Enter)'],
  ])('%j → %j', (text, expected) => {
    expect(collapseSpaces(text)).toBe(expected);
  });
});

describe('hostIs', () => {
  it.each<[string, boolean]>([
    ['https://linkedin.com/', true],
    ['https://www.linkedin.com/feed/', true],
    ['https://notlinkedin.com/', false],
    ['https://linkedin.com.evil.io/', false],
  ])('%s is on linkedin.com → %s', (url, expected) => {
    expect(hostIs(new URL(url), ['linkedin.com'])).toBe(expected);
  });
});

describe('labelOf', () => {
  it.each<[string, string]>([
    ['<div role="button" aria-label="Send" data-tooltip="Tip" title="T">x</div>', 'Send'],
    ['<div role="button" data-tooltip="Send ‪(Ctrl-Enter)‬" title="T">x</div>', 'Send (Ctrl-Enter)'],
    ['<button title="Send">x</button>', 'Send'],
    ['<button> Send\n now </button>', 'Send now'],
  ])('%s → %j', (html, expected) => {
    document.body.innerHTML = html;
    expect(labelOf(document.body.firstElementChild!)).toBe(expected);
  });
});

describe('runsCommand', () => {
  it.each<[string, boolean]>([
    ['<div role="button" data-tooltip="Send ‪(Ctrl-Enter)‬">x</div>', true],
    ['<button aria-label="Send" aria-haspopup="false">x</button>', true],
    ['<button aria-label="Send options" aria-haspopup="true">x</button>', false], // opens a menu
    ['<button aria-label="Send" aria-haspopup="true">x</button>', false],
    ['<button>Sender</button>', false],
  ])('%s runs Send → %s', (html, expected) => {
    document.body.innerHTML = html;
    expect(runsCommand(document.body.firstElementChild!, ['Send'])).toBe(expected);
  });
});

describe('textOf', () => {
  it.each<[string, string]>([
    ['<h1>  Deal\n  Desk </h1>', 'Deal Desk'],
    ['<h1>\u202a#sales\u202c</h1>', '#sales'],
    ['<h1></h1>', ''],
  ])('%s shows %j', (html, expected) => {
    document.body.innerHTML = html;
    expect(textOf(document.body.firstElementChild)).toBe(expected);
  });

  it('no element shows nothing', () => {
    expect(textOf(null)).toBe('');
    expect(textOf(undefined)).toBe('');
  });
});

describe('nearestAncestorHolding and closestAccepted', () => {
  beforeEach(() => {
    document.body.innerHTML = `
      <div id="page">
        <div id="compose-a"><div id="wrap-a"><div id="editor-a"></div></div><button id="send-a">Send</button></div>
        <div id="compose-b"><div id="editor-b"><span id="inner-b"></span></div><button id="other">Discard</button></div>
        <button id="send-page">Send</button>
      </div>`;
  });
  const isSend = (element: HTMLElement) => beginsWithWord(labelOf(element), ['Send']);

  it.each<[string, string | null]>([
    ['editor-a', 'compose-a'], // its own Send is two levels up
    ['editor-b', 'page'], // no Send in its compose: the page's
  ])('the nearest ancestor of #%s holding a Send button is #%s', (start, expected) => {
    expect(nearestAncestorHolding(document.getElementById(start)!, 'button', isSend)?.id ?? null).toBe(expected);
  });

  it('returns null when no Send exists anywhere', () => {
    document.getElementById('send-a')!.remove();
    document.getElementById('send-page')!.remove();
    expect(nearestAncestorHolding(document.getElementById('editor-a')!, 'button', isSend)).toBeNull();
  });

  it.each<[string, string | null]>([
    ['send-a', 'send-a'],
    ['other', null],
    ['inner-b', null],
  ])('closestAccepted(#%s) → %s', (target, expected) => {
    expect(closestAccepted(document.getElementById(target)!, 'button', isSend)?.id ?? null).toBe(expected);
  });
});
