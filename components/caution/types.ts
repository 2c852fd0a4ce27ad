// What the caution UI shows and how it reports choices; filled in by the content script.
import type { MessageKey } from '../i18n';

/**
 * Looks up a message of the extension's locale (browser.i18n.getMessage in the page). Keys are the
 * ones in public/_locales/en/messages.json, so a misspelled key fails the type check.
 */
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

/** One prospect named in the message, as the person typed it. */
export interface MentionView {
  entryId: string;
  /** The first occurrence's text, as typed in the page (never the watchlist's own spelling). */
  typed: string;
  occurrences: number;
}

/** Where the caution sits, in viewport pixels. */
export interface CautionPlacement {
  left: number;
  top: number;
}
