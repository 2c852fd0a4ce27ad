// The compose box most mail and chat apps draw: an editor and its Send button under one ancestor.
// No site knowledge here: each adapter says which elements are its Send buttons.

import { closestAccepted, firstAccepted, nearestAncestorHolding } from './dom-query';

/** How an adapter recognises its Send buttons: candidate controls by selector, then a test. */
export interface SendButtons {
  controls: string;
  isSend: (element: HTMLElement) => boolean;
}

export interface ComposeBox {
  /** The compose box around an editor, or null when the editor sits in none. */
  around(editor: HTMLElement): HTMLElement | null;
  /** The first Send button in the editor's compose box. */
  findSendControl(editor: HTMLElement): HTMLElement | null;
  /** `target` is, or is inside, a Send button of the editor's compose box (not another compose's). */
  isSendControl(target: Element, editor: HTMLElement): boolean;
}

/**
 * Compose boxes found by `around`; by default the box around an editor is its nearest ancestor holding
 * a Send button, which keeps a reply's Send apart from the new message's Send on the same page.
 */
export function composeBox(
  send: SendButtons,
  around: (editor: HTMLElement) => HTMLElement | null = (editor) => nearestAncestorHolding(editor, send.controls, send.isSend),
): ComposeBox {
  return {
    around,
    findSendControl: (editor) => {
      const box = around(editor);
      return box ? firstAccepted(box, send.controls, send.isSend) : null;
    },
    isSendControl: (target, editor) => {
      const control = closestAccepted(target, send.controls, send.isSend);
      return control !== null && around(editor)?.contains(control) === true;
    },
  };
}
