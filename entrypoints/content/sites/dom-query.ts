// Small DOM questions the site adapters share. No site knowledge here: each adapter keeps its own
// selectors and words at the top of its file.

import { isSameOrSubdomain } from '../../../utils/model/audience';

/** The page's host is one of `hosts` or a subdomain of one. */
export function hostIs(url: URL, hosts: readonly string[]): boolean {
  const host = url.hostname.toLowerCase();
  return hosts.some((domain) => isSameOrSubdomain(host, domain));
}

/** What a control says about itself: its accessible label, tooltip or title, else its text. */
export function labelOf(element: Element): string {
  const label =
    element.getAttribute('aria-label') ??
    element.getAttribute('data-tooltip') ??
    element.getAttribute('title') ??
    element.textContent ??
    '';
  return collapseSpaces(label);
}

/**
 * A control that runs the command one of `words` names: its label begins with one of them and it
 * opens no menu ("Send" yes; a split button's "More send options" arrow, aria-haspopup, no).
 */
export function runsCommand(element: Element, words: readonly string[]): boolean {
  return element.getAttribute('aria-haspopup') !== 'true' && beginsWithWord(labelOf(element), words);
}

/** `text` begins with one of `words` as a whole word, ignoring case ("Send ‪(Ctrl-Enter)‬" begins with "Send"). */
export function beginsWithWord(text: string, words: readonly string[]): boolean {
  const lower = text.trim().toLowerCase();
  return words.some((word) => {
    const start = word.toLowerCase();
    if (!lower.startsWith(start)) return false;
    const next = lower.charAt(start.length);
    return next === '' || !/[\p{L}\p{N}]/u.test(next);
  });
}

/** Runs of spaces, tabs and line breaks become one space; invisible direction marks go. */
export function collapseSpaces(text: string): string {
  return text
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text an element shows, spaces collapsed; empty when there is no element. */
export function textOf(element: Element | null | undefined): string {
  return collapseSpaces(element?.textContent ?? '');
}

/**
 * The nearest ancestor of `start` holding an element that matches `selector` and that `accept` takes
 * (the compose box around an editor is the nearest ancestor holding its Send button). Each level only
 * searches the branches not searched yet, so the whole walk reads each element at most once.
 */
export function nearestAncestorHolding(start: Element, selector: string, accept: (element: HTMLElement) => boolean): HTMLElement | null {
  const takes = (element: Element) => element instanceof HTMLElement && element.matches(selector) && accept(element);
  let searched: Element = start;
  for (let node = start.parentElement; node; searched = node, node = node.parentElement) {
    for (const branch of node.children) {
      if (branch === searched) continue;
      if (takes(branch) || [...branch.querySelectorAll(selector)].some(takes)) return node;
    }
  }
  return null;
}

/** The closest element around `target` (itself included) matching `selector` and accepted by `accept`. */
export function closestAccepted(target: Element, selector: string, accept: (element: HTMLElement) => boolean): HTMLElement | null {
  for (let node = target.closest(selector); node; node = node.parentElement?.closest(selector) ?? null) {
    if (node instanceof HTMLElement && accept(node)) return node;
  }
  return null;
}

/** The first element in `root` matching `selector` that `accept` takes. */
export function firstAccepted(root: ParentNode, selector: string, accept: (element: HTMLElement) => boolean): HTMLElement | null {
  for (const element of root.querySelectorAll<HTMLElement>(selector)) {
    if (accept(element)) return element;
  }
  return null;
}
