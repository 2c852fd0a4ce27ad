// What a site adapter tells the content script. Site knowledge lives only in the adapter files
// beside this one (one site per file); the content script's machinery is site-agnostic.

import type { Audience } from '../../../utils/model/audience';

// The audience type lives with the browser-free audience rules; re-exported for adapters.
export type { Audience };

export interface SiteAdapter {
  /** Short stable id, also shown to the person ("gmail", "slack", "generic"). */
  id: string;
  /** Whether this adapter handles the page at `url`. The generic adapter matches everything. */
  matches(url: URL): boolean;
  /** False for documents (Notion): caution only, no send to intercept. */
  intercepts: boolean;
  /**
   * The message editor that owns an editable element, or null when the element is not one this
   * adapter guards (a search box). Default: the element itself.
   */
  editorFor?(editable: HTMLElement): HTMLElement | null;
  /** Plain Enter sends the message (chat apps); Shift+Enter never does. */
  enterSends(editor: HTMLElement): boolean;
  /**
   * Where enterSends is false, Enter may still send: the send path judges the editor by its shape
   * and learns from the person's clean messages what Enter does (docs/sending.md). For pages whose
   * adapter does not know the site. Default false: the adapter's enterSends is the answer.
   */
  learnsEnter?: boolean;
  /** Ctrl/Cmd+Enter sends the message (mail apps). */
  modEnterSends(editor: HTMLElement): boolean;
  /** The element clicked (or the target of Enter/Space) is the Send control of this editor. */
  isSendControl(target: Element, editor: HTMLElement): boolean;
  /** The Send control for this editor, when the adapter can find it (for verified replay). */
  findSendControl?(editor: HTMLElement): HTMLElement | null;
  /** Verified replay: true when a synthetic click on the real Send control is known to work here. */
  replayByClick: boolean;
  /** Who the message in this editor goes to. */
  audience(editor: HTMLElement): Audience;
}
