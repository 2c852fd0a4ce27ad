// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MessageScan, typedText } from '../../../../entrypoints/content/editors/message-scan';
import { groupMentions, groupOwner, groupText, messageGroup } from '../../../../entrypoints/content/send/message-group';
import { createMatcher } from '../../../../utils/matcher/matcher';
import type { SiteAdapter } from '../../../../entrypoints/content/sites';

const scanner = createMatcher([
  { id: 'acme', name: 'Acme Robotics', status: 'open' },
  { id: 'globex', name: 'Globex', status: 'open' },
]);

function textarea(value: string): HTMLTextAreaElement {
  const field = document.createElement('textarea');
  field.value = value;
  document.body.append(field);
  return field;
}

describe('MessageScan', () => {
  it.each([
    ['one name', 'Meet ACME robotics', [{ entryId: 'acme', typed: 'ACME robotics', occurrences: 1 }]],
    ['a name across a line break, shown on one line', 'Meet Acme\nRobotics', [{ entryId: 'acme', typed: 'Acme Robotics', occurrences: 1 }]],
    ['a name twice, first spelling kept', 'globex and GLOBEX', [{ entryId: 'globex', typed: 'globex', occurrences: 2 }]],
    ['no name', 'Lunch on Friday', []],
  ])('lists prospects as typed: %s', (_case, value, expected) => {
    const scan = new MessageScan(textarea(value));
    scan.refresh(scanner);
    expect(scan.mentions()).toEqual(expected);
  });

  it('follows edits and counts versions only when something changed', () => {
    const field = textarea('Hi Glob');
    const scan = new MessageScan(field);
    expect(scan.refresh(scanner)).toBe(true);
    expect(scan.mentions()).toEqual([]);
    const version = scan.version;
    expect(scan.refresh(scanner)).toBe(false);
    expect(scan.version).toBe(version);
    field.value = 'Hi Globex';
    expect(scan.refresh(scanner)).toBe(true);
    expect(scan.version).toBe(version + 1);
    expect(scan.mentions().map((mention) => mention.typed)).toEqual(['Globex']);
  });

  it('forgets ignored names when the editor is emptied (the next message starts afresh)', () => {
    const field = textarea('Globex and Acme Robotics');
    const scan = new MessageScan(field);
    scan.refresh(scanner);
    scan.ignored.add('globex');
    expect(scan.mentions().map((mention) => mention.entryId)).toEqual(['acme']);
    field.value = '';
    scan.refresh(scanner);
    field.value = 'Globex';
    scan.refresh(scanner);
    expect(scan.mentions().map((mention) => mention.entryId)).toEqual(['globex']);
  });

  it('rescans everything when the watchlist changes', () => {
    const scan = new MessageScan(textarea('Initech today'));
    scan.refresh(scanner);
    expect(scan.mentions()).toEqual([]);
    scan.refresh(createMatcher([{ id: 'initech', name: 'Initech', status: 'open' }]));
    expect(scan.mentions().map((mention) => mention.typed)).toEqual(['Initech']);
  });

  it('reads a contenteditable only after it was marked changed', () => {
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    editor.textContent = 'Globex';
    document.body.append(editor);
    const scan = new MessageScan(editor);
    scan.refresh(scanner);
    editor.textContent = 'Acme Robotics';
    expect(scan.refresh(scanner)).toBe(false);
    scan.dirty = true;
    expect(scan.refresh(scanner)).toBe(true);
    expect(scan.mentions().map((mention) => mention.typed)).toEqual(['Acme Robotics']);
  });

  it('shows line breaks inside a typed name as spaces', () => {
    expect(typedText('x Acme\n  Robotics y', { start: 2, end: 17 })).toBe('Acme Robotics');
  });
});

describe('messageGroup', () => {
  // A mail form: subject and body share one Send button; a separate chat box has its own.
  document.body.innerHTML = `<form><input id="subject"><textarea id="body"></textarea><button id="send">Send</button></form>
    <textarea id="chat"></textarea><button id="chat-send">Send</button>`;
  const byId = (id: string) => document.getElementById(id) as HTMLTextAreaElement;
  const adapter = {
    findSendControl: (editor: HTMLElement) => (editor.closest('form') ? byId('send') : byId('chat-send')),
  } as unknown as SiteAdapter;
  byId('subject').value = 'Globex renewal';
  byId('body').value = 'See you';
  byId('chat').value = 'Acme Robotics';
  const scans = new Map(['subject', 'body', 'chat'].map((id) => [byId(id) as HTMLElement, new MessageScan(byId(id))]));
  for (const scan of scans.values()) scan.refresh(scanner);

  it.each([
    ['the body brings its subject', 'body', ['subject', 'body']],
    ['the subject brings its body', 'subject', ['subject', 'body']],
    ['the chat stands alone', 'chat', ['chat']],
  ])('%s, in document order', (_case, from, expected) => {
    const group = messageGroup(byId(from), scans, adapter);
    expect(group.map((scan) => scan.editor.id)).toEqual(expected);
    expect(groupOwner(group)?.id).toBe(expected[0]);
  });

  it('gathers the prospects and the text of the whole message', () => {
    const group = messageGroup(byId('body'), scans, adapter);
    expect(groupMentions(group).map((mention) => mention.typed)).toEqual(['Globex']);
    expect(groupText(group)).toBe('Globex renewal\u0000See you');
  });
});
