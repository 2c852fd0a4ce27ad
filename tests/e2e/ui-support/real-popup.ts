// Opens the REAL toolbar popup (chrome.action.openPopup from the service worker) over whatever tab
// is active, so the popup sees that tab as a person's popup would. Playwright does not surface the
// popup as a Page, so we drive it through a browser-level CDP session.
import type { CDPSession } from 'playwright-core';
import type { ExtensionSession } from './launch-ui';

export interface RealPopup {
  /** Evaluates an expression in the popup and returns its JSON value. */
  evaluate<T>(expression: string): Promise<T>;
  /** Waits until the expression is truthy in the popup. */
  waitFor(expression: string, timeoutMs?: number): Promise<void>;
  /** The whole popup, even the part a small headless screen would make it scroll to. */
  screenshot(): Promise<Buffer>;
  close(): Promise<void>;
}

type CdpReply = { id: number; result?: Record<string, unknown>; error?: { message: string } };

export async function openRealPopup(session: ExtensionSession, options: { colorScheme?: 'light' | 'dark' } = {}): Promise<RealPopup> {
  const browser = session.context.browser();
  if (!browser) throw new Error('The real popup needs a Chromium browser behind the context.');
  const cdp: CDPSession = await browser.newBrowserCDPSession();
  const worker = session.context.serviceWorkers()[0] ?? (await session.context.waitForEvent('serviceworker'));
  await worker.evaluate(() => (globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }).chrome.action.openPopup());

  const popupUrl = `chrome-extension://${session.extensionId}/popup.html`;
  const targetId = await poll(async () => {
    const { targetInfos } = await cdp.send('Target.getTargets');
    return targetInfos.find((target) => target.url === popupUrl)?.targetId;
  }, 'the popup to open');

  // A non-flattened session: its messages travel inside Target.sendMessageToTarget, which a
  // browser-level Playwright CDPSession can send.
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  let nextId = 1;
  const pending = new Map<number, (reply: CdpReply) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as CdpReply;
    pending.get(reply.id)?.(reply);
    pending.delete(reply.id);
  });
  const send = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, (reply) => (reply.error ? reject(new Error(`${method}: ${reply.error.message}`)) : resolve(reply.result ?? {})));
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });

  // Playwright's colorScheme reaches the pages it made, not this popup: emulate it here.
  if (options.colorScheme) {
    await send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: options.colorScheme }] });
  }

  const evaluate = async <T>(expression: string): Promise<T> => {
    const result = (await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })) as {
      result: { value: T };
      exceptionDetails?: { text: string };
    };
    if (result.exceptionDetails) throw new Error(`In the popup: ${result.exceptionDetails.text}`);
    return result.result.value;
  };

  return {
    evaluate,
    waitFor: (expression, timeoutMs = 10_000) =>
      poll(async () => ((await evaluate<boolean>(`Boolean(${expression})`)) ? true : undefined), expression, timeoutMs).then(
        () => undefined,
      ),
    async screenshot() {
      const size = await evaluate<{ width: number; height: number }>(
        `({ width: document.body.getBoundingClientRect().width, height: document.documentElement.scrollHeight })`,
      );
      const { data } = (await send('Page.captureScreenshot', {
        format: 'png',
        captureBeyondViewport: true,
        clip: { x: 0, y: 0, width: Math.ceil(size.width), height: Math.ceil(size.height), scale: 1 },
      })) as { data: string };
      return Buffer.from(data, 'base64');
    },
    async close() {
      await evaluate('window.close()').catch(() => undefined);
      await cdp.detach().catch(() => undefined);
    },
  };
}

/** Re-checks a condition every 50 ms until it yields a value (a condition wait, not a sleep). */
async function poll<T>(check: () => Promise<T | undefined>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
