// Our own layer in the page: a host element with a neutral random name holding a CLOSED shadow
// root, so neither page styles nor page scripts see inside. It puts itself back if the page
// removes it.
import { cautionStyles } from '../../../components/caution/caution-styles';
import { createRestoreBudget } from './restore-budget';

export interface UiLayer {
  /** The element the page sees (events from our UI are retargeted to it). */
  host: HTMLElement;
  /** Where Preact renders. */
  mount: HTMLElement;
  /** A hidden spot for measuring (field mirrors), outside what Preact renders. */
  scratch: HTMLElement;
  /** Whether an event came from inside our UI. */
  isOwnEvent(event: Event): boolean;
  remove(): void;
}

/** Our host's inline style: out of the page's layout and styles, above everything. */
export const HOST_STYLE = [
  'all: initial !important',
  'position: fixed !important',
  'top: 0 !important',
  'left: 0 !important',
  'width: 0 !important',
  'height: 0 !important',
  'overflow: visible !important',
  'display: block !important',
  'z-index: 2147483647 !important',
  'pointer-events: none !important',
].join(';');

function randomHostName(): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const random = crypto.getRandomValues(new Uint8Array(10));
  return `x-${Array.from(random, (byte) => letters[byte % letters.length]).join('')}`;
}

export function createUiLayer(signal: AbortSignal): UiLayer {
  const host = document.createElement(randomHostName());
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = cautionStyles;
  const mount = document.createElement('div');
  const scratch = document.createElement('div');
  shadow.append(style, mount, scratch);

  // Our key presses (Enter on "Send anyway") must not reach page shortcuts that bubble to them.
  for (const type of ['keydown', 'keypress', 'keyup'] as const) {
    shadow.addEventListener(type, (event) => event.stopPropagation(), { signal });
  }

  let removed = false;
  const attach = () => {
    const parent = document.documentElement;
    if (removed || !parent || host.parentNode === parent) return;
    parent.append(host);
    // A page that replaced <html>: watch the new one too.
    observer.observe(parent, { childList: true });
  };
  // The page may rebuild its DOM (or remove unknown elements): put the layer back, within a budget
  // (restore-budget.ts), so that a page removing it each time it appears cannot loop with us.
  const isAttached = () => host.isConnected && host.parentNode === document.documentElement;
  const restores = createRestoreBudget(signal, attach, isAttached);
  const observer = new MutationObserver(() => {
    if (!isAttached()) restores.restore();
  });
  observer.observe(document, { childList: true, subtree: false });
  attach();
  const remove = () => {
    if (removed) return;
    removed = true;
    observer.disconnect();
    host.remove();
  };
  signal.addEventListener('abort', remove, { once: true });

  return {
    host,
    mount,
    scratch,
    isOwnEvent: (event) => event.composedPath().includes(host),
    remove,
  };
}
