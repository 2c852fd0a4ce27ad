import { defineContentScript } from 'wxt/utils/define-content-script';
import { onDocumentReset } from './document-reset';
import { startPageGuard } from './page-guard';
import { pageUrl } from './page-url';
import { adapterFor } from './sites';

// Runs in every frame from document_start (about:blank frames too) so no editor appears before us.
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  main(ctx) {
    const adapter = adapterFor(new URL(pageUrl()));
    let run = new AbortController();
    const start = () => {
      run = new AbortController();
      startPageGuard(adapter, run.signal);
    };
    ctx.signal.addEventListener('abort', () => run.abort(), { once: true });
    start();
    onDocumentReset(ctx.signal, () => {
      run.abort();
      start();
    });
  },
});
