// Messages in the browser's language, for the caution UI.
import { browser } from 'wxt/browser';
import type { Translate } from '../../components/caution/types';

// Each message is asked of the browser once: the caution redraws as the person types, and a
// call into the extension API costs more than the rest of a redraw. Messages without
// substitutions are a fixed set; those with names in them are kept only for the caution on
// screen (a redraw asks for the same few), so a long session does not pile up every name it met.
const plain = new Map<string, string>();
const named = new Map<string, string>();
const NAMED_KEPT = 64;

export const translate: Translate = (key, substitutions) => {
  if (substitutions === undefined) {
    let message = plain.get(key);
    if (message === undefined) {
      message = browser.i18n.getMessage(key) || key;
      plain.set(key, message);
    }
    return message;
  }
  const cacheKey = `${key}\u0000${([] as string[]).concat(substitutions).join('\u0000')}`;
  let message = named.get(cacheKey);
  if (message === undefined) {
    message = browser.i18n.getMessage(key, substitutions) || key;
    if (named.size >= NAMED_KEPT) named.clear();
    named.set(cacheKey, message);
  }
  return message;
};
