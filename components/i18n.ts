// Every word a person sees goes through here, so French and English stay complete
// (tests/unit/locales/i18n.test.ts checks both locales hold every key used in the source).
import { browser } from 'wxt/browser';

type Messages = typeof import('../public/_locales/en/messages.json');
export type MessageKey = keyof Messages;
/** Keys that exist as a `_one`/`_other` pair, for counts. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}_one` ? (`${Base}_other` extends MessageKey ? Base : never) : never;
}[MessageKey];

/** The translated message, with $1, $2… replaced by `subs`. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const text = browser.i18n.getMessage(key, subs.map(String));
  // An empty answer means the key is missing: show the key so the gap is visible, never a blank.
  return text || key;
}

let language: string | undefined;

/**
 * The browser's UI language ("fr", "en-US"), which picks the locale. Asked once: it only changes
 * with a browser restart, and the caution asks for it on each redraw (a call into the extension
 * API costs more than the rest of a small redraw).
 */
export function uiLanguage(): string {
  language ??= browser.i18n.getUILanguage() || 'en';
  return language;
}

/** A count in words: picks `<base>_one` or `<base>_other` by the language's plural rule. */
export function tPlural(base: PluralKey, count: number, ...subs: (string | number)[]): string {
  const rule = new Intl.PluralRules(uiLanguage()).select(count);
  const key = (rule === 'one' ? `${base}_one` : `${base}_other`) as MessageKey;
  return t(key, formatNumber(count), ...subs);
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(uiLanguage()).format(value);
}

/** A date and time in the person's language, e.g. "27 Nov 2026, 09:14". */
export function formatDateTime(epochMs: number): string {
  return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(epochMs);
}

/** An ISO day (YYYY-MM-DD) in the person's language, read as a calendar day (no time-zone shift). */
export function formatDay(isoDay: string): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  if (!y || !m || !d) return isoDay;
  return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}
