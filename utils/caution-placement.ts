// Where the inline caution goes: by the editor's bottom-right corner, inside the viewport.
// Browser-free: rectangles are plain numbers in viewport pixels.

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const GAP = 4;
const MARGIN = 4;

/**
 * Below the editor, right-aligned with it; above it when there is no room below (a chat box at the
 * bottom of the window); inside its bottom-right corner when there is room neither side.
 */
export function placeCaution(
  editor: Box,
  caution: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number } {
  const right = Math.min(editor.left + editor.width, viewport.width - MARGIN);
  const left = clamp(right - caution.width, MARGIN, Math.max(MARGIN, viewport.width - caution.width - MARGIN));
  const below = editor.top + editor.height + GAP;
  const above = editor.top - GAP - caution.height;
  let top: number;
  if (below + caution.height <= viewport.height - MARGIN) top = below;
  else if (above >= MARGIN) top = above;
  else top = editor.top + editor.height - caution.height - GAP;
  return { left, top: clamp(top, MARGIN, Math.max(MARGIN, viewport.height - caution.height - MARGIN)) };
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}
