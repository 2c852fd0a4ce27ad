// Messages in the browser's language, for the caution UI.
import { browser } from 'wxt/browser';
import type { Translate } from '../../components/caution/types';

// Each message is asked of the browser once: the caution redraws as the person types, and a
// call into the extension API costs more than the rest of a redraw.
const messages = new Map<string, string>();

export const translate: Translate = (key, substitutions) => {
  const cacheKey = substitutions === undefined ? key : `${key}\u0000${([] as string[]).concat(substitutions).join('\u0000')}`;
  let message = messages.get(cacheKey);
  if (message === undefined) {
    message = browser.i18n.getMessage(key, substitutions) || key;
    if (messages.size >= 500) messages.clear(); // names as typed vary: keep the cache small
    messages.set(cacheKey, message);
  }
  return message;
};
