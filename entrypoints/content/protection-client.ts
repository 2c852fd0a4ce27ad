// This tab's protection: the compiled matcher and sales team the background hands us, kept
// current by its pushes. The raw watchlist never reaches the page.
import { browser } from 'wxt/browser';
import { matcherFromCompiled, type CompiledMatcher } from '../../utils/matcher/matcher';
import type { BackgroundApi, PageProtection, TabPush } from '../../utils/model/messages';
import type { SalesTeam } from '../../utils/model/settings';
import { pageUrl } from './page-url';

export interface Scanner {
  scan(text: string): { start: number; end: number; entryId: string; term: string }[];
}

export interface Protection {
  active: boolean;
  revision: number;
  scanner: Scanner;
  salesTeam: SalesTeam;
}

export async function request<K extends keyof BackgroundApi>(
  type: K,
  payload: BackgroundApi[K]['request'],
): Promise<BackgroundApi[K]['response']> {
  return (await browser.runtime.sendMessage({ type, ...payload })) as BackgroundApi[K]['response'];
}

const NOTHING_TO_SCAN: Scanner = { scan: () => [] };

function toProtection(page: PageProtection): Protection {
  return {
    active: page.active,
    revision: page.revision,
    scanner: page.active ? matcherFromCompiled(page.compiled as CompiledMatcher) : NOTHING_TO_SCAN,
    salesTeam: page.salesTeam,
  };
}

/** Calls `onChange` with the first protection, then after every push from the background. */
export function watchProtection(signal: AbortSignal, onChange: (protection: Protection) => void): void {
  let latestRevision = -1;
  const accept = (page: PageProtection | undefined) => {
    if (signal.aborted || !page || typeof page !== 'object') return;
    let protection: Protection;
    try {
      protection = toProtection(page);
    } catch (error) {
      // A compiled form from another version (mid-update): keep the protection we have.
      console.warn('Prospect Guard:', error instanceof Error ? error.message : error);
      return;
    }
    latestRevision = page.revision;
    onChange(protection);
  };
  const onMessage = (message: unknown) => {
    const push = message as TabPush | undefined;
    if (push?.type === 'protection:update') accept(push.protection);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });

  request('page:protection', { url: pageUrl() })
    .then((page) => {
      // A push may have overtaken the first answer: keep the newest.
      if (latestRevision < 0 || page.revision >= latestRevision) accept(page);
    })
    .catch(() => {
      // No background answer (extension reloading): stay passive until a push arrives.
    });
}
