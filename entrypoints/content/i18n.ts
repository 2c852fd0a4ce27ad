// Messages in the browser's language, for the caution UI.
import { browser } from 'wxt/browser';
import type { Translate } from '../../components/caution/types';

export const translate: Translate = (key, substitutions) => browser.i18n.getMessage(key as never, substitutions) || key;

/** "Acme and Globex" / "Acme et Globex", in the extension's UI language. */
export function joinNames(names: string[]): string {
  try {
    return new Intl.ListFormat(browser.i18n.getUILanguage(), { type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}
