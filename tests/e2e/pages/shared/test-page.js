// What every editor page exposes to the tests, read from the page's own world:
//   window.__sent               messages the page's own send handler sent, as the editor's model text
//   window.__editorModelText()  the editor's text as its model holds it (not the DOM's)
//   window.__editorHtml()       the editor element's outerHTML (attributes included)
// and a visible log of sent messages, as a chat or mail app would show them.

/**
 * @param {{ element: () => Element, modelText: () => string, clear: () => void }} editor
 * @returns {{ send: () => void }} the page's send action: records the model text, then clears the
 *   editor as real apps do. An empty message is not sent.
 */
export function exposeEditor(editor) {
  window.__sent = [];
  window.__editorModelText = () => editor.modelText();
  window.__editorHtml = () => editor.element().outerHTML;
  const log = document.getElementById('sent-log');
  return {
    send() {
      const text = editor.modelText();
      if (!text.trim()) return;
      window.__sent.push(text);
      const item = document.createElement('li');
      item.textContent = text;
      log?.append(item);
      editor.clear();
    },
  };
}

/** Ctrl/Cmd+Enter, as mail apps send; never while an IME is composing. */
export function isModEnter(event) {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.isComposing;
}

/** Plain Enter, as chat apps send; Shift+Enter is a new line. */
export function isPlainEnter(event) {
  return event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey && !event.isComposing;
}
