// Finds and clicks our UI by role and accessible name through CDP: it lives in CLOSED shadow
// roots, which Playwright locators and page scripts cannot enter, but the accessibility tree does.
import type { Page } from 'playwright-core';
import { cdpSession } from './cdp-session';
import { waitUntil } from './wait-until';

// The parts of CDP's Accessibility.AXNode read here (playwright-core does not export its Protocol types).
interface RawAxNode {
  nodeId: string;
  ignored: boolean;
  role?: { value?: unknown };
  name?: { value?: unknown };
  childIds?: string[];
  backendDOMNodeId?: number;
  properties?: { name: string; value: { value?: unknown } }[];
}

export interface AxNode {
  role: string;
  name: string;
  /** Names of every descendant joined by spaces: the text a screen reader reaches inside the node. */
  subtreeText: string;
  backendDOMNodeId: number | undefined;
  /** Accessibility properties such as focused, modal, live. */
  properties: Record<string, unknown>;
}

export interface AxQuery {
  role: string;
  /** Exact accessible name, or a pattern tested against the name and the subtree's text. */
  name?: string | RegExp;
}

/** Every non-ignored node of the page's accessibility tree (main frame, shadow roots included). */
export async function axNodes(page: Page): Promise<AxNode[]> {
  const session = await cdpSession(page);
  const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: RawAxNode[] };
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const subtreeText = (node: RawAxNode): string =>
    (node.childIds ?? [])
      .map((id) => byId.get(id))
      // Inline text boxes repeat their StaticText parent's name: skip them.
      .filter((child): child is RawAxNode => child !== undefined && child.role?.value !== 'InlineTextBox')
      .map((child) => [String(child.name?.value ?? ''), subtreeText(child)].filter(Boolean).join(' '))
      .filter(Boolean)
      .join(' ');
  return nodes
    .filter((node) => !node.ignored)
    .map((node) => ({
      role: String(node.role?.value ?? ''),
      name: String(node.name?.value ?? ''),
      subtreeText: subtreeText(node),
      backendDOMNodeId: node.backendDOMNodeId,
      properties: Object.fromEntries((node.properties ?? []).map((p) => [p.name, p.value.value])),
    }));
}

function matches(node: AxNode, query: AxQuery): boolean {
  if (node.role !== query.role) return false;
  if (query.name === undefined) return true;
  if (typeof query.name === 'string') return node.name === query.name;
  return query.name.test(node.name) || query.name.test(node.subtreeText);
}

/** The first node with that role and name now, or null. */
export async function findAx(page: Page, query: AxQuery): Promise<AxNode | null> {
  return (await axNodes(page)).find((node) => matches(node, query)) ?? null;
}

export function describeAx(query: AxQuery): string {
  return `role="${query.role}"${query.name === undefined ? '' : ` named ${String(query.name)}`}`;
}

export async function waitForAx(page: Page, query: AxQuery, timeoutMs = 10_000): Promise<AxNode> {
  return waitUntil(() => findAx(page, query), `${describeAx(query)} in the accessibility tree`, timeoutMs);
}

/**
 * Clicks the node like a person: a real (trusted) mouse click at the centre of its box. A scripted
 * `element.click()` would be untrusted, and our UI rightly ignores untrusted events from the page.
 */
export async function clickAx(page: Page, query: AxQuery, timeoutMs = 10_000): Promise<void> {
  const node = await waitForAx(page, query, timeoutMs);
  if (node.backendDOMNodeId === undefined) throw new Error(`${describeAx(query)} has no DOM node to click.`);
  const session = await cdpSession(page);
  await session.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: node.backendDOMNodeId });
  const { model } = await session.send('DOM.getBoxModel', { backendNodeId: node.backendDOMNodeId });
  const [x1, y1, , , x3, y3] = model.border;
  await page.mouse.click(((x1 ?? 0) + (x3 ?? 0)) / 2, ((y1 ?? 0) + (y3 ?? 0)) / 2);
}

/** Waits until no node with that role and name is left (a dialog closed). */
export async function waitForNoAx(page: Page, query: AxQuery, timeoutMs = 10_000): Promise<void> {
  await waitUntil(async () => (await findAx(page, query)) === null, `${describeAx(query)} to go away`, timeoutMs);
}

/** The node that has keyboard focus, per the accessibility tree (the page itself counts as focused too). */
export async function focusedAx(page: Page): Promise<AxNode | null> {
  return (await axNodes(page)).findLast((node) => node.properties.focused === true && node.role !== 'RootWebArea') ?? null;
}
