// The case tables every site adapter's fixture test shares. Each row is one case, read against the
// fixture loaded before each test; elements are named by their id in the fixture.

import { expect, it } from 'vitest';
import type { SiteAdapter } from '../../../../entrypoints/content/sites/site-adapter';
import { byId } from './fixture';

/** Page URL → whether the adapter handles that page. */
export function matchesTable(adapter: SiteAdapter, rows: [url: string, expected: boolean][]): void {
  it.each(rows)('matches %s → %s', (url, expected) => {
    expect(adapter.matches(new URL(url))).toBe(expected);
  });
}

/** Editable → the editor guarded for it (itself), or null when the adapter guards none (a search box). */
export function editorForTable(adapter: SiteAdapter, rows: [editable: string, expected: string | null][]): void {
  it.each(rows)('editorFor(#%s) → %s', (editable, expected) => {
    expect(adapter.editorFor?.(byId(editable))?.id ?? null).toBe(expected);
  });
}

/** Element clicked, editor → whether that element is the editor's Send control. */
export function isSendControlTable(adapter: SiteAdapter, rows: [target: string, editor: string, expected: boolean][]): void {
  it.each(rows)('isSendControl(#%s, editor #%s) → %s', (target, editor, expected) => {
    expect(adapter.isSendControl(byId(target), byId(editor))).toBe(expected);
  });
}

/** Editor → its Send control, or null when it has none. */
export function findSendControlTable(adapter: SiteAdapter, rows: [editor: string, expected: string | null][]): void {
  // The expected control is shown as "#id" in the test's name, or "null".
  const titled = rows.map(([editor, expected]) => [editor, expected === null ? 'null' : `#${expected}`, expected] as const);
  it.each(titled)('findSendControl(#%s) → %s', (editor, _shown, expected) => {
    expect(adapter.findSendControl?.(byId(editor))?.id ?? null).toBe(expected);
  });
}

/** Label of the composer #editor → the conversation (channel, person) the message goes to. */
export function composerLabelTable(adapter: SiteAdapter, rows: [label: string, name: string][]): void {
  it.each(rows)('the composer label %j names the conversation %j', (label, name) => {
    byId('editor').setAttribute('aria-label', label);
    expect(adapter.audience(byId('editor'))).toEqual({ kind: 'channel', name });
  });
}

/** The ids an AI assistant's fixture names: its prompt box, its Send (and an icon inside it), other controls. */
export interface AssistantFixture {
  editor: string;
  send: string;
  sendIcon: string;
  /** Controls in or beside the composer that attach, record voice, pick a model or stop: never a send. */
  notSends: string[];
}

/** What every AI assistant adapter shares: Enter sends, its Send is found, nothing else is, audience outside. */
export function assistantChatTable(adapter: SiteAdapter, fixture: AssistantFixture): void {
  it('is a chat: Enter (and Ctrl/Cmd+Enter) sends; what is typed leaves the company (audience unknown)', () => {
    const editor = byId(fixture.editor);
    expect(adapter.intercepts).toBe(true);
    expect(adapter.enterSends(editor)).toBe(true);
    expect(adapter.modEnterSends(editor)).toBe(true);
    expect(adapter.audience(editor)).toEqual({ kind: 'unknown' });
  });

  it('finds its Send button, also when the click lands on the icon inside it', () => {
    expect(adapter.findSendControl?.(byId(fixture.editor))?.id).toBe(fixture.send);
    expect(adapter.isSendControl(byId(fixture.send), byId(fixture.editor))).toBe(true);
    expect(adapter.isSendControl(byId(fixture.sendIcon), byId(fixture.editor))).toBe(true);
  });

  it.each(fixture.notSends)('#%s is not a Send', (control) => {
    expect(adapter.isSendControl(byId(control), byId(fixture.editor))).toBe(false);
  });
}
