// The extension pages' door to the background, which owns the store (popup, settings, first run).
// The request format and its types are utils/model/background-call.ts, shared with the content script.
import { browser } from 'wxt/browser';
import { backgroundCaller } from '../utils/model/background-call';

export const callBackground = backgroundCaller((message) => browser.runtime.sendMessage(message));
