// This tab's protection: the compiled matcher and sales team the background hands us, kept
// current by its pushes. The raw watchlist never reaches the page.
import { browser } from 'wxt/browser';
import { callBackground } from './background-call';
import { createChunkJoiner, type CompiledChunk, type CompiledMatcher } from '../../utils/matcher/matcher';
import type { ChunkedDelivery, PageProtection, TabPush } from '../../utils/model/messages';
import type { SalesTeam, SiteCautionLayout } from '../../utils/model/settings';
import { pageUrl } from './page-url';
import { createScannerBuilds, type Scanner } from './scanner-builds';
import { yieldToPage } from './yield-to-page';

export type { Scanner };

export interface Protection {
  active: boolean;
  revision: number;
  scanner: Scanner;
  salesTeam: SalesTeam;
  /** How the person left the caution on this site (remembered by the background, not the page). */
  cautionLayout?: SiteCautionLayout;
}

const NOTHING_TO_SCAN: Scanner = { scan: () => [] };

function toProtection(page: PageProtection, scanner: Scanner): Protection {
  return { active: page.active, revision: page.revision, scanner, salesTeam: page.salesTeam, cautionLayout: page.cautionLayout };
}

function isChunkedDelivery(compiled: unknown): compiled is ChunkedDelivery {
  return typeof compiled === 'object' && compiled !== null && typeof (compiled as ChunkedDelivery).delivery === 'string';
}

/**
 * The compiled form, asked for chunk by chunk when it came as a ChunkedDelivery: each answer is
 * deserialised in a task of its own, where the whole form in one message made one long task.
 */
async function compiledOf(payload: unknown): Promise<CompiledMatcher> {
  if (!isChunkedDelivery(payload)) return payload as CompiledMatcher;
  const { delivery, chunks } = payload;
  // Asked for all at once; each joined in the task its answer arrives in, in order.
  const joiner = createChunkJoiner();
  const arrived: (CompiledChunk | undefined)[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: chunks }, (_, index) =>
      callBackground('page:protection-chunk', { delivery, index }).then((chunk) => {
        arrived[index] = chunk as CompiledChunk;
        for (; next < chunks && arrived[next]; next++) {
          joiner.add(arrived[next]!);
          arrived[next] = undefined;
        }
      }),
    ),
  );
  // The join's last steps and the build's first slice, in a task of their own.
  await yieldToPage();
  return joiner.finish();
}

/** Remembers for this site how the person left the caution (in the extension's settings). */
export function saveCautionLayout(layout: SiteCautionLayout): void {
  callBackground('caution:layout', { url: pageUrl(), layout }).catch(() => {
    // Best effort: the caution still shows, where it would by default.
  });
}

export interface ProtectionSource {
  /** Calls `onChange` with the protection now (when there is one), then after every push, until `signal` aborts. */
  subscribe(signal: AbortSignal, onChange: (protection: Protection) => void): void;
}

/**
 * This frame's protection for the content script's whole life: asked of the background once,
 * then kept current by its pushes. A restart of the page guard (document.open()) reuses it at
 * once instead of asking again: with a 50,000-entry list that would leave the page unguarded
 * until the answer came. A push's matcher is built in slices (scanner-builds.ts): the protection
 * it brings replaces the current one once built.
 */
export function createProtectionSource(lifetime: AbortSignal): ProtectionSource {
  let current: Protection | null = null;
  let latestRevision = -1;
  const subscribers = new Set<(protection: Protection) => void>();
  const builds = createScannerBuilds({ yieldToPage });
  let arrivals = 0;
  /** `retries`: how many more times to ask again when the chunks of this form are refused. */
  const accept = (page: PageProtection | undefined, retries = 0) => {
    if (lifetime.aborted || !page || typeof page !== 'object') return;
    const publish = (scanner: Scanner) => {
      if (lifetime.aborted) return;
      const protection = toProtection(page, scanner);
      current = protection;
      for (const onChange of subscribers) onChange(protection);
    };
    if (!page.active) {
      arrivals++;
      builds.drop();
      latestRevision = page.revision;
      publish(NOTHING_TO_SCAN);
      return;
    }
    latestRevision = page.revision;
    const arrival = ++arrivals;
    compiledOf(page.compiled)
      .then((compiled) => {
        // A newer protection arrived while the chunks of this one were on their way.
        if (arrival !== arrivals || lifetime.aborted) return;
        builds.start(compiled, publish);
      })
      .catch((error: unknown) => {
        // A compiled form from another version (mid-update), or one already replaced: keep the
        // protection we have. Chunks refused because the form changed meanwhile: a push normally
        // follows, but not after every recompile (a database reopened), so ask again.
        console.warn('Prospect Guard:', error instanceof Error ? error.message : error);
        if (arrival === arrivals && isChunkedDelivery(page.compiled) && retries > 0) askForProtection(retries - 1);
      });
  };
  const onMessage = (message: unknown) => {
    const push = message as TabPush | undefined;
    if (push?.type === 'protection:update') accept(push.protection, 2);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  lifetime.addEventListener(
    'abort',
    () => {
      subscribers.clear();
      builds.drop();
      try {
        browser.runtime.onMessage.removeListener(onMessage);
      } catch {
        // The extension is already gone, and its listeners with it.
      }
    },
    { once: true },
  );

  const askForProtection = (retries: number) =>
    callBackground('page:protection', { url: pageUrl() })
      .then((page) => {
        // A push may have overtaken the first answer: keep the newest.
        if (latestRevision < 0 || page.revision >= latestRevision) accept(page, retries);
      })
      .catch(() => {
        // No background answer (extension reloading): stay passive until a push arrives.
      });
  askForProtection(2);

  return {
    subscribe(signal, onChange) {
      if (lifetime.aborted || signal.aborted) return;
      subscribers.add(onChange);
      signal.addEventListener('abort', () => subscribers.delete(onChange), { once: true });
      if (current) onChange(current);
    },
  };
}
