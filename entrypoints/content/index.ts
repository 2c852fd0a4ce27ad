import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { checkContextBeforeEachEvent } from './lifetime/context-check';
import { claimFrame } from './lifetime/frame-claim';
import { onListenersErased } from './lifetime/listeners-erased';
import { startPageGuard } from './page-guard';
import { pageUrl } from './page-url';
import { createProtectionSource } from './protection-client';
import { adapterFor } from './sites';

// The content script, listed in the manifest by wxt.config.ts (every frame, from document_start).
// A plain script rather than WXT's content-script wrapper, which tells pages our extension id and
// stops when a page forges its "newer copy started" event: our lifetime is the extension's own.
export default defineUnlistedScript({
  globalName: false,
  main() {
    const lifetime = claimFrame();
    if (!lifetime) return;
    const adapter = adapterFor(new URL(pageUrl()));
    const protections = createProtectionSource(lifetime);
    let run = new AbortController();
    const start = () => {
      run = new AbortController();
      // First, so that it runs before our other listeners on every event.
      checkContextBeforeEachEvent(run.signal);
      startPageGuard(adapter, protections, run.signal);
    };
    lifetime.addEventListener('abort', () => run.abort(), { once: true });
    start();
    onListenersErased(lifetime, () => {
      run.abort();
      start();
    });
  },
});
