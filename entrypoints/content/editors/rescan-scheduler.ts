// Runs rescans off the keystroke's critical path: coalesced into one idle callback, and held back
// while an IME composition is open (the text is not final until compositionend).

export interface RescanScheduler {
  /** Ask for a rescan soon; many requests before it runs make one rescan. */
  request(): void;
}

const IDLE_TIMEOUT_MS = 150;

export function createRescanScheduler(run: () => void, signal: AbortSignal): RescanScheduler {
  let pending = false;
  let composing = false;
  const idle: (callback: () => void) => void =
    typeof requestIdleCallback === 'function'
      ? (callback) => requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS })
      : (callback) => setTimeout(callback, 16);

  const fire = () => {
    pending = false;
    if (signal.aborted || composing) return;
    run();
  };
  const request = () => {
    if (pending || composing || signal.aborted) return;
    pending = true;
    idle(fire);
  };

  window.addEventListener('compositionstart', () => (composing = true), { capture: true, signal });
  window.addEventListener(
    'compositionend',
    () => {
      composing = false;
      request();
    },
    { capture: true, signal },
  );

  return { request };
}
