// All text of a page as the browser holds it, closed shadow roots and same-origin frames
// included (CDP DOM.getDocument with pierce): what our UI shows, unreachable from the page.
import type { Page } from 'playwright-core';
import { cdpSession } from './cdp-session';

// The parts of CDP's DOM.Node read here.
interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export async function pierceText(page: Page): Promise<string> {
  const session = await cdpSession(page);
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const parts: string[] = [];
  const walk = (node: DomNode): void => {
    if (NOT_TEXT.has(node.nodeName)) return;
    if (node.nodeType === 3 && node.nodeValue.trim()) parts.push(node.nodeValue.trim());
    for (const child of node.shadowRoots ?? []) walk(child);
    if (node.contentDocument) walk(node.contentDocument);
    for (const child of node.children ?? []) walk(child);
  };
  walk(root);
  return parts.join(' ');
}
