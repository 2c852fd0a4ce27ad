// What the caution UI shows and how it reports choices; filled in by the content script.
import type { MessageKey } from '../i18n';
import type { OverrideReason } from '../../utils/model/messages';

/**
 * Looks up a message of the extension's locale (browser.i18n.getMessage in the page). Keys are the
 * ones in public/_locales/en/messages.json, so a misspelled key fails the type check.
 */
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

/** One prospect named in the message: who it is (as in the list) and what the person typed. */
export interface MentionView {
  entryId: string;
  /**
   * The prospect's name as in the list ("Acme Robotics"), once looked up (`withListNames`);
   * absent for a hashed team entry, whose name the tab never gets: the typed words stand for it.
   */
  name?: string;
  /** The first occurrence's text, as typed in the page (never the watchlist's own spelling). */
  typed: string;
  occurrences: number;
  /** A hashed team list's name, when the name is on one: it holds no readable name to show instead. */
  teamList?: string;
}

/** The pre-send dialog: who the message names, how to send again, and the two choices. */
export interface DialogState {
  /** The prospects the message names (the dialog says who, as in the list). */
  mentions: MentionView[];
  /** How to send again when the send cannot be replayed for the person; null when it can. */
  hint: string | null;
  /** Recipients (or the conversation) the page shows outside the sales team, to name in the question. */
  outside?: readonly string[];
  /** `reason`: why, when the person picked one of the optional reasons. */
  onSendAnyway(reason?: OverrideReason): void;
  onReview(): void;
}
