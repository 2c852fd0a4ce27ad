// Sees the current contenteditable change when no event of ours announces it: the page emptying it
// after a send, a mention picked with the mouse, a collaborator's edit. A MutationObserver does
// this, but not while the person types: each mutation it reports is a record (and a removed node
// kept) that only a full garbage collection frees, and an editor that re-renders on every key
// (Slate, Draft.js) then ran five times as many full collections, some over 50 ms (docs/speed.md).
// Typing announces its own changes (keydown, beforeinput: the tracker asks for a rescan), so the
// observer rests from a person's key until typing pauses, then resumes with one rescan for what
// changed meanwhile.

export interface ChangeWatch {
  /** The person is typing, pasting or dropping: rest until they pause. */
  typing(): void;
  /** The editor to watch (`watched()`) may be another one now. */
  watchedChanged(): void;
}

/** How long typing must pause before the observer resumes. */
export const TYPING_PAUSE_MS = 1_000;

export function createChangeWatch(watched: () => HTMLElement | null, changed: () => void, signal: AbortSignal): ChangeWatch {
  let observed: HTMLElement | null = null;
  let lastTyping = 0;
  let resumeTimer = 0;
  // The records are not read: any change to the watched editor asks for one rescan.
  const observer = new MutationObserver(() => changed());

  const observe = (next: HTMLElement | null) => {
    if (next === observed) return;
    observer.disconnect();
    observed = next;
    if (next) observer.observe(next, { childList: true, characterData: true, subtree: true });
  };
  // One timer per pause, not one per key: it looks when the last key was and waits out the rest.
  const resumeAfterPause = () => {
    const rest = lastTyping + TYPING_PAUSE_MS - performance.now();
    if (rest > 0) {
      resumeTimer = window.setTimeout(resumeAfterPause, rest);
      return;
    }
    resumeTimer = 0;
    observe(watched());
    changed();
  };
  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(resumeTimer);
      observer.disconnect();
    },
    { once: true },
  );

  return {
    typing() {
      if (signal.aborted) return;
      lastTyping = performance.now();
      observe(null);
      if (!resumeTimer) resumeTimer = window.setTimeout(resumeAfterPause, TYPING_PAUSE_MS);
    },
    watchedChanged() {
      // While the person types, the next editor is observed once they pause.
      if (!resumeTimer && !signal.aborted) observe(watched());
    },
  };
}
