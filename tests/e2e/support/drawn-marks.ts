// The marks our content script draws under prospect names in fields, read out of its CLOSED
// shadow root through CDP (DOM.getDocument with pierce sees through closed roots): each mark as
// the box it was drawn at, in viewport px.
import type { Page } from 'playwright-core';
import type { Box } from '../../../utils/editing/screen-box';
import { cdpSession } from './cdp-session';

// The parts of CDP's DOM.Node read here.
interface DomNode {
  backendNodeId: number;
  localName: string;
  /** Flat name, value, name, value... */
  attributes?: string[];
  shadowRootType?: 'user-agent' | 'open' | 'closed';
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/** Every mark drawn in the page's top frame, in document order; none before our layer exists. */
export async function drawnMarks(page: Page): Promise<Box[]> {
  const session = await cdpSession(page);
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const containers: number[] = [];
  const walk = (node: DomNode, inClosedRoot: boolean): void => {
    if (inClosedRoot && node.localName === 'div' && classesOf(node).includes('marks')) containers.push(node.backendNodeId);
    for (const shadow of node.shadowRoots ?? []) walk(shadow, inClosedRoot || shadow.shadowRootType === 'closed');
    for (const child of node.children ?? []) walk(child, inClosedRoot);
  };
  walk(root, false);

  const marks: Box[] = [];
  for (const backendNodeId of containers) {
    const { object } = await session.send('DOM.resolveNode', { backendNodeId });
    // The inline box the content script computed; the mark's underline border is decoration.
    const { result } = await session.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: `function () {
        return Array.from(this.querySelectorAll('.mark'), (mark) => ({
          left: parseFloat(mark.style.left),
          top: parseFloat(mark.style.top),
          width: parseFloat(mark.style.width),
          height: parseFloat(mark.style.height),
        }));
      }`,
      returnByValue: true,
    });
    marks.push(...(result.value as Box[]));
  }
  return marks;
}

function classesOf(node: DomNode): string[] {
  const attributes = node.attributes ?? [];
  const index = attributes.findIndex((name, position) => position % 2 === 0 && name === 'class');
  return index < 0 ? [] : (attributes[index + 1] ?? '').split(/\s+/);
}
