// Drives a corpus page as a person does (clicks, real key presses) and reads back what the page
// did (window.__sent, window.__actions in the top page) and what our UI shows, in every frame:
// each frame has its own caution and question, in closed shadow roots reached through CDP.
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { cdpSession } from '../support/cdp-session';
import { waitUntil } from '../support/wait-until';
import type { CorpusPage, PageControl } from './corpus-pages';

interface PageHooks {
  __sent?: string[];
  __actions?: string[];
}
declare const window: PageHooks;

interface RawAxNode {
  ignored?: boolean;
  role?: { value?: unknown };
  name?: { value?: unknown };
}
interface FrameTree {
  frame: { id: string };
  childFrames?: FrameTree[];
}

const PENDING_LINE = /^(Press .+ to send|Click Send to send)$/;

export class CorpusDriver {
  /** Nodes reading like our line that the page itself shows (a "Press Enter to send" switch). */
  private pageOwnPendingLike = 0;

  constructor(
    readonly page: Page,
    readonly corpusPage: CorpusPage,
  ) {}

  private get editorScope(): Page | FrameLocator {
    return this.corpusPage.frame ? this.page.frameLocator(this.corpusPage.frame) : this.page;
  }

  editor(): Locator {
    return this.editorScope.locator(this.corpusPage.editor).first();
  }

  control(control: PageControl): Locator {
    return (control.inPage ? this.page : this.editorScope).locator(control.selector).first();
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.editor().waitFor({ state: 'visible' });
    await this.editor().click();
    this.pageOwnPendingLike = await this.pendingLikeCount();
  }

  /** Types with real key events; "\n" is Shift+Enter, a new line everywhere. */
  async type(text: string): Promise<void> {
    for (const [index, line] of text.split('\n').entries()) {
      if (index > 0) await this.page.keyboard.press('Shift+Enter');
      if (line) await this.page.keyboard.type(line);
    }
  }

  /** The person's send: Enter, or a click on the page's Send control. */
  async send(): Promise<void> {
    const send = this.corpusPage.send;
    if (send === null) throw new Error(`${this.corpusPage.file} sends nothing.`);
    if (send === 'enter') await this.page.keyboard.press('Enter');
    else await this.control(send).click();
  }

  sent(): Promise<string[]> {
    return this.page.evaluate(() => [...(window.__sent ?? [])]);
  }

  actions(): Promise<string[]> {
    return this.page.evaluate(() => [...(window.__actions ?? [])]);
  }

  /** The message box's text as a person sees it (a field's value, an editor's rendered text). */
  editorText(): Promise<string> {
    return this.editor().evaluate((element) => {
      if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) return element.value;
      // Rich editors hold one block per line.
      const blocks = [...element.children];
      return blocks.length > 0 ? blocks.map((block) => block.textContent).join('\n') : (element.textContent ?? '');
    });
  }

  /** Accessibility nodes of every frame (ours sit in closed shadow roots of each frame). */
  private async axNodes(): Promise<{ role: string; name: string }[]> {
    const cdp = await cdpSession(this.page);
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: FrameTree };
    const frameIds: string[] = [];
    const visit = (tree: FrameTree) => {
      frameIds.push(tree.frame.id);
      tree.childFrames?.forEach(visit);
    };
    visit(frameTree);
    const nodes: { role: string; name: string }[] = [];
    for (const frameId of frameIds) {
      try {
        const tree = (await cdp.send('Accessibility.getFullAXTree', { frameId })) as { nodes: RawAxNode[] };
        for (const node of tree.nodes) {
          if (!node.ignored) nodes.push({ role: String(node.role?.value ?? ''), name: String(node.name?.value ?? '') });
        }
      } catch {
        // A frame gone between the two calls has nothing to show.
      }
    }
    return nodes;
  }

  /** Our question before sending is open, in whichever frame. */
  async questionOpen(): Promise<boolean> {
    return (await this.axNodes()).some((node) => node.role === 'alertdialog');
  }

  private async pendingLikeCount(): Promise<number> {
    return (await this.axNodes()).filter((node) => PENDING_LINE.test(node.name)).length;
  }

  /** The line by the editor after "Send anyway" when the person sends again themselves. */
  async pendingLineShown(): Promise<boolean> {
    return (await this.pendingLikeCount()) > this.pageOwnPendingLike;
  }

  /** Waits for either the question or a message sent, whichever the page shows first. */
  async questionOrSend(): Promise<'question' | 'sent'> {
    return waitUntil(async () => {
      if ((await this.sent()).length > 0) return 'sent' as const;
      return (await this.questionOpen()) ? ('question' as const) : null;
    }, 'the question or a sent message');
  }

  /** "Send anyway", by keyboard as the dialog offers it: focus is on the dialog, Tab to Review, Tab to Send anyway. */
  async sendAnyway(): Promise<void> {
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.press('Enter');
    await waitUntil(async () => !(await this.questionOpen()), 'the question to close');
  }

  async waitForSent(count: number): Promise<string[]> {
    return waitUntil(async () => {
      const sent = await this.sent();
      return sent.length >= count ? sent : null;
    }, `${count} sent message(s)`);
  }
}
