// An old copy left in a tab by an update or a disable must let the page work as if we were absent.
// Registered before any other listener of ours, this check runs first on each thing the person
// does: when the extension is gone, standing down removes our later listeners before they run, so
// that very keystroke or click reaches the page untouched.
import { extensionContextLost } from './extension-context';

const PERSON_EVENTS = [
  'keydown',
  'beforeinput',
  'compositionstart',
  'pointerdown',
  'mousedown',
  'click',
  'submit',
  'focusin',
  'paste',
  'drop',
  'change',
  'visibilitychange',
] as const;

export function checkContextBeforeEachEvent(signal: AbortSignal): void {
  for (const type of PERSON_EVENTS) {
    window.addEventListener(type, () => void extensionContextLost(), { capture: true, signal });
  }
}
