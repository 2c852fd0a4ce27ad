// What each corpus page's app did, for the test to read from the top page: the messages it sent
// (the text as the app's model holds it) and the other things its controls did (attach, emoji…).
// Pages in frames write to the top page: they are same-origin, as the widgets they stand for.
const top = window.top;
top.__sent ??= [];
top.__actions ??= [];

/** The app sends a message: empty messages are never sent, as in every real app. */
export function sendMessage(text) {
  if (!text.trim()) return false;
  top.__sent.push(text);
  return true;
}

/** A control beside the message box did its own job. */
export function did(action) {
  top.__actions.push(action);
}

/** Plain Enter, as chat apps send; Shift+Enter is a new line; never while an IME composes. */
export function isPlainEnter(event) {
  return event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey && !event.isComposing;
}

/** The click handlers of the usual non-send controls: each records what it did. */
export function wireOtherControls(root = document) {
  for (const control of root.querySelectorAll('[data-corpus-action]')) {
    control.addEventListener('click', (event) => {
      // An untyped button inside a form would submit it: apps stop that in their own handler.
      event.preventDefault();
      did(control.getAttribute('data-corpus-action'));
    });
  }
}
