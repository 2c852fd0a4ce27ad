// document.open() (how older mail editors fill their about:blank iframe) erases every event
// listener of the window and the document, ours included. A page replacing <html> erases none.
// Both empty the document node, so after each such removal a listener of our own is asked whether
// it still hears its event: only when it does not were our listeners erased, and protection starts
// again (with the matcher it already has).
export function onListenersErased(signal: AbortSignal, restart: () => void): void {
  // A name no page knows: the page never hears this event.
  const probeType = `x-${crypto.randomUUID()}`;
  let heard = false;
  const listen = () => window.addEventListener(probeType, () => (heard = true), { signal });
  listen();
  const observer = new MutationObserver((records) => {
    if (!records.some((record) => record.removedNodes.length > 0)) return;
    heard = false;
    window.dispatchEvent(new Event(probeType));
    if (heard) return;
    listen();
    restart();
  });
  observer.observe(document, { childList: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
