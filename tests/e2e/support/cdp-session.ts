// One Chrome DevTools Protocol session per page, reused by the helpers that read closed shadow roots.
import type { CDPSession, Page } from 'playwright-core';

const sessions = new WeakMap<Page, Promise<CDPSession>>();

export function cdpSession(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = (async () => {
      const created = await page.context().newCDPSession(page);
      await created.send('DOM.enable');
      await created.send('Accessibility.enable');
      return created;
    })();
    sessions.set(page, session);
  }
  return session;
}
