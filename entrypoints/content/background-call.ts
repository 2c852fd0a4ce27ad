// The content script's door to the background: the same helper as the extension pages'
// (utils/model/background-call.ts), bound here because the page guard and the pages share no code
// but components/caution/ (see docs/architecture.md).
import { browser } from 'wxt/browser';
import { backgroundCaller } from '../../utils/model/background-call';

export const callBackground = backgroundCaller((message) => browser.runtime.sendMessage(message));
