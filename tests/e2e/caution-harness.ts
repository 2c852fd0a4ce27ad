// A small harness for the caution's browser tests: a local page server, Chromium with the built
// extension, a seeded watchlist, and our closed-shadow-root UI read through CDP.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { launchBrowser } from './support/launch-browser';
import { waitUntil } from './support/wait-until';

export interface Harness {
  origin: string;
  context: BrowserContext;
  /** Sends a request to the background from an extension page (the popup), as the popup would. */
  background<T>(message: { type: string } & Record<string, unknown>): Promise<T>;
  /** Opens a served page and a CDP session on it. */
  open(path: string): Promise<{ page: Page; ui: CautionUiReader }>;
  close(): Promise<void>;
}

/** Serves `pages` (path → HTML) from 127.0.0.1 on a free port, launches Chromium, seeds `prospects`. */
export async function startHarness(pages: Record<string, string>, prospects: string[]): Promise<Harness> {
  const server: Server = createServer((request, response) => {
    const html = pages[new URL(request.url ?? '/', 'http://x').pathname];
    response.writeHead(html === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html ?? 'Not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const browser = await launchBrowser();
  const { context } = browser;
  const extensionId = browser.extensionId!;
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const background = <T>(message: { type: string } & Record<string, unknown>) =>
    popup.evaluate(
      (request) =>
        (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(
          request,
        ),
      message,
    ) as Promise<T>;
  for (const name of prospects) await background({ type: 'entries:add', entry: { name, status: 'open' } });

  return {
    origin,
    context,
    background,
    async open(path) {
      const page = await context.newPage();
      await page.goto(`${origin}${path}`);
      return { page, ui: new CautionUiReader(await context.newCDPSession(page)) };
    },
    async close() {
      await browser.close();
      server.close();
    },
  };
}

interface AxNode {
  role?: { value?: string };
  name?: { value?: string };
  backendDOMNodeId?: number;
  ignored?: boolean;
  properties?: { name: string; value?: { value?: unknown } }[];
}

/** Reads and clicks our UI, which sits in closed shadow roots, the way assistive technology sees it. */
export class CautionUiReader {
  constructor(
    readonly cdp: CDPSession,
    readonly frameId?: string,
  ) {}

  /** The same reader for a child frame, by its name or URL (each frame has its own caution). */
  async frame(nameOrUrlPart: string): Promise<CautionUiReader> {
    interface FrameTree {
      frame: { id: string; url: string; name?: string };
      childFrames?: FrameTree[];
    }
    const { frameTree } = (await this.cdp.send('Page.getFrameTree')) as { frameTree: FrameTree };
    const all: FrameTree[] = [];
    const visit = (tree: FrameTree) => {
      all.push(tree);
      tree.childFrames?.forEach(visit);
    };
    visit(frameTree);
    const match = all.find((tree) => tree !== frameTree && (tree.frame.name === nameOrUrlPart || tree.frame.url.includes(nameOrUrlPart)));
    if (!match)
      throw new Error(`No frame named "${nameOrUrlPart}" or with it in its URL among ${all.map((tree) => tree.frame.url).join(', ')}.`);
    return new CautionUiReader(this.cdp, match.frame.id);
  }

  async nodes(): Promise<AxNode[]> {
    const { nodes } = (await this.cdp.send('Accessibility.getFullAXTree', this.frameId ? { frameId: this.frameId } : {})) as {
      nodes: AxNode[];
    };
    return nodes.filter((node) => !node.ignored);
  }

  /** Visible text of every element with `role` (hidden ones give nothing). */
  async texts(role: 'status' | 'alertdialog'): Promise<string[]> {
    const texts: string[] = [];
    for (const node of (await this.nodes()).filter((candidate) => candidate.role?.value === role && candidate.backendDOMNodeId)) {
      const value = await this.call(node.backendDOMNodeId!, 'function () { return this.hidden ? "" : this.textContent; }');
      if (value) texts.push(String(value));
    }
    return texts;
  }

  caution = async () => (await this.texts('status')).join('\n');
  dialog = async () => (await this.texts('alertdialog')).join('\n');

  async click(buttonName: string): Promise<void> {
    const button = await waitUntil(
      async () => (await this.nodes()).find((node) => node.role?.value === 'button' && node.name?.value === buttonName),
      `a button named "${buttonName}"`,
    );
    await this.call(button.backendDOMNodeId!, 'function () { this.click(); }');
  }

  /** Which of our elements has focus: "alertdialog", a button's name, or "" when focus is in the page. */
  async focusedRole(): Promise<string> {
    // The document itself reports focus too: the innermost focused node is the last one.
    const focused = (await this.nodes()).filter((node) =>
      node.properties?.some((property) => property.name === 'focused' && property.value?.value === true),
    );
    return focused.at(-1)?.role?.value ?? '';
  }

  private async call(backendNodeId: number, functionDeclaration: string): Promise<unknown> {
    const { object } = await this.cdp.send('DOM.resolveNode', { backendNodeId });
    const { result } = await this.cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration,
      returnByValue: true,
    });
    return result.value;
  }
}
