// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pendingSendLine, planReplay } from '../../../../entrypoints/content/send/replay-plan';
import type { SendTrigger } from '../../../../entrypoints/content/send/send-trigger';
import type { SiteAdapter } from '../../../../entrypoints/content/sites';

document.body.innerHTML = '<form><textarea id="editor"></textarea><button id="send">Send</button><button id="other">Send</button></form>';
const editor = document.getElementById('editor')!;
const send = document.getElementById('send')!;
const other = document.getElementById('other')!;
const form = document.querySelector('form')!;
// Messages shown as "key(substitution)" so the table can say which one was chosen.
const t = (key: string, substitution?: string | string[]) => (substitution ? `${key}(${String(substitution)})` : key);
const adapter = (replayByClick: boolean, withSendControl = true) =>
  ({ replayByClick, findSendControl: () => (withSendControl ? send : null) }) as unknown as SiteAdapter;

describe('planReplay', () => {
  it.each<[string, SiteAdapter, SendTrigger, { control: HTMLElement | null; hint: string | null }]>([
    ['a clicked Send control is clicked again', adapter(true), { kind: 'control', control: other }, { control: other, hint: null }],
    ['Enter replays through the Send control the adapter finds', adapter(true), { kind: 'enter' }, { control: send, hint: null }],
    ['a submit replays through its submitter', adapter(true), { kind: 'submit', form, submitter: other }, { control: other, hint: null }],
    [
      'Enter without a Send control: press Enter again',
      adapter(true, false),
      { kind: 'enter' },
      { control: null, hint: 'caution_dialog_hint(caution_key_enter)' },
    ],
    [
      'no verified replay, Enter: press Enter again',
      adapter(false),
      { kind: 'enter' },
      { control: null, hint: 'caution_dialog_hint(caution_key_enter)' },
    ],
    [
      'no verified replay, Ctrl+Enter: press it again',
      adapter(false),
      { kind: 'mod-enter' },
      { control: null, hint: 'caution_dialog_hint(caution_key_mod_enter)' },
    ],
    [
      'no verified replay, a click: click Send again',
      adapter(false),
      { kind: 'control', control: send },
      { control: null, hint: 'caution_dialog_hint_click' },
    ],
  ])('%s', (_case, siteAdapter, trigger, expected) => {
    expect(planReplay(siteAdapter, editor, trigger, t)).toEqual(expected);
  });
});

describe('an Enter whose effect is only guessed from the editor shape', () => {
  it.each<[string, SendTrigger, string]>([
    [
      'shaped like a chat box: press Enter again, never a click on Send',
      { kind: 'enter', judged: 'by-shape' },
      'caution_dialog_hint(caution_key_enter)',
    ],
    ['could be either: the question says so', { kind: 'enter', judged: 'unsure' }, 'caution_dialog_hint_unsure'],
  ])('%s', (_case, trigger, hint) => {
    expect(planReplay(adapter(true), editor, trigger, t)).toEqual({ control: null, hint });
  });
});

describe('the line by the editor until the person sends', () => {
  it.each<[SendTrigger, string]>([
    [{ kind: 'enter' }, 'caution_pending_keys(caution_key_enter)'],
    [{ kind: 'enter', judged: 'unsure' }, 'caution_pending_keys(caution_key_enter)'],
    [{ kind: 'mod-enter' }, 'caution_pending_keys(caution_key_mod_enter)'],
    [{ kind: 'control', control: send }, 'caution_pending_click'],
  ])('%j → %s', (trigger, line) => {
    expect(pendingSendLine(trigger, t)).toBe(line);
  });
});
