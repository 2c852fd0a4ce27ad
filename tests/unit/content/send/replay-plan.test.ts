// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { planReplay } from '../../../../entrypoints/content/send/replay-plan';
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
