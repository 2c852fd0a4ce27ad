// How often our layer may put itself back after the page removed it. A page whose own observer
// removes whatever it did not create would loop with ours forever (each side reacting to the
// other within the same task) and freeze its tab. So restores are spent from an allowance: a few
// in a row, refilled once the layer has stayed in place for a second, and one more with each
// keystroke, click or focus of the person (a page that rebuilds itself as the person types keeps
// our layer; a page that fights it gets at most a couple of restores per action).
export const RESTORES_IN_A_ROW = 3;
export const REFILL_AFTER_MS = 1_000;

const PERSON_ACTIONS = ['keydown', 'pointerdown', 'focusin'] as const;

export interface RestoreBudget {
  /** Puts the layer back when the allowance allows; else it comes back on the person's next action. */
  restore(): void;
}

export function createRestoreBudget(signal: AbortSignal, attach: () => void, isAttached: () => boolean): RestoreBudget {
  let allowance = RESTORES_IN_A_ROW;
  let refill = 0;
  const restore = () => {
    if (signal.aborted || allowance <= 0) return;
    allowance--;
    attach();
    clearTimeout(refill);
    refill = window.setTimeout(() => {
      if (isAttached()) allowance = RESTORES_IN_A_ROW;
    }, REFILL_AFTER_MS);
  };
  signal.addEventListener('abort', () => clearTimeout(refill), { once: true });

  const onPersonAction = (event: Event) => {
    if (!event.isTrusted) return;
    allowance = Math.max(allowance, 1);
    if (!isAttached()) restore();
  };
  for (const type of PERSON_ACTIONS) window.addEventListener(type, onPersonAction, { capture: true, signal });

  return { restore };
}
