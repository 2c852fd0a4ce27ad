// The content script's door to the background: the same helper as the extension pages'
// (utils/model/background-call.ts), bound here because the page guard and the pages share no code
// but components/caution/ (see docs/architecture.md).
import { browser } from 'wxt/browser';
import { backgroundCaller } from '../../utils/model/background-call';
import { noteExtensionError } from './lifetime/extension-context';

export const callBackground = backgroundCaller(async (message) => {
  try {
    return await browser.runtime.sendMessage(message);
  } catch (error) {
    // "Extension context invalidated": the extension was updated or disabled; we stand down.
    noteExtensionError(error);
    throw error;
  }
});
