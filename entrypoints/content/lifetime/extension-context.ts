// Whether this content script still belongs to a running extension. Disabling, updating, reloading
// or removing the extension leaves the old script in open tabs with a dead API: `runtime.id` turns
// undefined and every call fails with "Extension context invalidated". That, and only that, ends
// our protection: nothing a page can send or dispatch does.
import { browser } from 'wxt/browser';

const whenLost = new Set<() => void>();
let lost = false;

function markLost(): void {
  if (lost) return;
  lost = true;
  for (const callback of whenLost) callback();
  whenLost.clear();
}

/** True once the extension that injected us is gone (checked now, cheaply). */
export function extensionContextLost(): boolean {
  if (lost) return true;
  let id: string | undefined;
  try {
    id = browser.runtime?.id;
  } catch {
    id = undefined;
  }
  if (!id) markLost();
  return lost;
}

/** A call into the extension failed: find out whether the extension is gone. */
export function noteExtensionError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  if (/context invalidated/i.test(message)) markLost();
  else extensionContextLost();
}

export function onExtensionContextLost(callback: () => void): void {
  if (lost) callback();
  else whenLost.add(callback);
}
