// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { notionAdapter as adapter } from '../../../../entrypoints/content/sites/notion';
import { editorForTable, matchesTable } from './adapter-tables';
import { byId, loadFixture } from './fixture';

beforeEach(() => loadFixture('notion'));

describe('Notion adapter', () => {
  matchesTable(adapter, [
    ['https://www.notion.so/Q3-plan-0123456789abcdef', true],
    ['https://notion.so/', true],
    ['https://acme.notion.site/Public-page', true],
    ['https://notion.so.evil.io/', false],
  ]);

  editorForTable(adapter, [
    ['title', 'title'],
    ['block', 'block'],
    ['readonly', null],
    ['search', null],
    ['search-editable', null],
    ['outside', null],
    ['ai-input', 'ai-input'],
  ]);

  // The page is a document; only Notion AI's chat box sends. The send guard runs on Notion for
  // that box (intercepts), and a page block answers no to every send question.
  it('is a document: caution only, nothing intercepted, audience unknown', () => {
    const editor = byId('block');
    expect(adapter.intercepts).toBe(true);
    expect(adapter.enterSends(editor)).toBe(false);
    expect(adapter.modEnterSends(editor)).toBe(false);
    expect(adapter.isSendControl(byId('sidebar-search'), editor)).toBe(false);
    expect(adapter.findSendControl?.(editor)).toBeNull();
    expect(adapter.replayByClick).toBe(false);
    expect(adapter.audience(editor)).toEqual({ kind: 'unknown' });
  });

  it('no page block and no title counts the AI chat box’s Send as its own', () => {
    expect(adapter.isSendControl(byId('ai-send'), byId('block'))).toBe(false);
    expect(adapter.isSendControl(byId('ai-send'), byId('title'))).toBe(false);
    expect(adapter.enterSends(byId('title'))).toBe(false);
  });

  it('Notion AI’s chat box sends: Enter and Ctrl/Cmd+Enter, and its Send button (an icon in it too)', () => {
    const box = byId('ai-input');
    expect(adapter.enterSends(box)).toBe(true);
    expect(adapter.modEnterSends(box)).toBe(true);
    expect(adapter.isSendControl(byId('ai-send'), box)).toBe(true);
    expect(adapter.isSendControl(byId('ai-send-icon'), box)).toBe(true);
    expect(adapter.findSendControl?.(box)?.id).toBe('ai-send');
    expect(adapter.audience(box)).toEqual({ kind: 'unknown' });
  });

  it.each(['ai-context', 'ai-mention', 'sidebar-search'])('#%s in or near the AI chat box is not its Send', (control) => {
    expect(adapter.isSendControl(byId(control), byId('ai-input'))).toBe(false);
  });
});
