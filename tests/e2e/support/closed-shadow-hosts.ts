// What a page's own scripts see of each element that hosts a CLOSED shadow root: CDP finds the
// hosts (it sees through closed roots), then asks about them from the page's main world.
import type { Page } from 'playwright-core';
import { cdpSession } from './cdp-session';

interface DomNode {
  backendNodeId: number;
  localName: string;
  shadowRootType?: 'user-agent' | 'open' | 'closed';
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

export interface ShadowHostAsPageSeesIt {
  localName: string;
  /** `element.shadowRoot` read by the page: must be null for a closed root. */
  shadowRootVisible: boolean;
  /** Every attribute as `name=value`. */
  attributes: string[];
}

export async function closedShadowHosts(page: Page): Promise<ShadowHostAsPageSeesIt[]> {
  const session = await cdpSession(page);
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const hosts: number[] = [];
  const walk = (node: DomNode): void => {
    if (node.shadowRoots?.some((shadow) => shadow.shadowRootType === 'closed')) hosts.push(node.backendNodeId);
    for (const shadow of node.shadowRoots ?? []) walk(shadow);
    if (node.contentDocument) walk(node.contentDocument);
    for (const child of node.children ?? []) walk(child);
  };
  walk(root);

  const seen: ShadowHostAsPageSeesIt[] = [];
  for (const backendNodeId of hosts) {
    // Resolved without an execution context id: the page's main world, where its scripts run.
    const { object } = await session.send('DOM.resolveNode', { backendNodeId });
    const { result } = await session.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: `function () {
        return {
          localName: this.localName,
          shadowRootVisible: this.shadowRoot !== null,
          attributes: Array.from(this.attributes, (a) => a.name + '=' + a.value),
        };
      }`,
      returnByValue: true,
    });
    seen.push(result.value as ShadowHostAsPageSeesIt);
  }
  return seen;
}
