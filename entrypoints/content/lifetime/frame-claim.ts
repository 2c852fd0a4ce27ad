// One live copy of the content script per frame. After an install or update the background also
// injects it into tabs already open; where a live copy already runs (a tab opened meanwhile), the
// newcomer steps aside. The claim lives in our isolated world's global scope, which page scripts
// cannot reach, and ends only with the extension's own context.
import { extensionContextLost, onExtensionContextLost } from './extension-context';

interface FrameClaim {
  alive(): boolean;
  standDown(): void;
}

const CLAIM = Symbol.for('prospect-guard.frame-claim');

/** This copy's lifetime in the frame, or null when a live copy already guards it. */
export function claimFrame(): AbortSignal | null {
  const scope = globalThis as { [CLAIM]?: FrameClaim };
  const holder = scope[CLAIM];
  if (holder?.alive()) return null;
  holder?.standDown();
  const lifetime = new AbortController();
  scope[CLAIM] = {
    alive: () => !lifetime.signal.aborted && !extensionContextLost(),
    standDown: () => lifetime.abort(),
  };
  onExtensionContextLost(() => lifetime.abort());
  return lifetime.signal;
}
