// document.open() (how older mail editors fill their about:blank iframe) replaces the document and
// erases every event listener of the window and document, ours included. Notice it, so the
// protection can start again on the new document.
export function onDocumentReset(signal: AbortSignal, restart: () => void): void {
  const observer = new MutationObserver((records) => {
    if (records.some((record) => record.removedNodes.length > 0)) restart();
  });
  observer.observe(document, { childList: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
