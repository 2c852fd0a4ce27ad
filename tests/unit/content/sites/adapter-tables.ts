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
