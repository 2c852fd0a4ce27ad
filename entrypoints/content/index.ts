import { defineContentScript } from 'wxt/utils/define-content-script';
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
    startPageGuard(adapterFor(new URL(pageUrl())), ctx.signal);
  },
});
