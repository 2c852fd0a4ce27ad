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
  ]);

  it('is a document: caution only, nothing intercepted, audience unknown', () => {
    const editor = byId('block');
    expect(adapter.intercepts).toBe(false);
    expect(adapter.enterSends(editor)).toBe(false);
    expect(adapter.modEnterSends(editor)).toBe(false);
    expect(adapter.isSendControl(byId('sidebar-search'), editor)).toBe(false);
    expect(adapter.findSendControl?.(editor)).toBeNull();
    expect(adapter.replayByClick).toBe(false);
    expect(adapter.audience(editor)).toEqual({ kind: 'unknown' });
  });
});
