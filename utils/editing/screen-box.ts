// Rectangles on screen, in viewport pixels: where the caution goes and the marks under names.
// Browser-free: a DOMRect is an `Edges` as it is.

/** A rectangle by its corner and size: what the caution and the marks are drawn from. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A rectangle by its four edges, as the browser measures one (getBoundingClientRect, getClientRects). */
export interface Edges {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The part of `rect`, moved by `shiftX`/`shiftY`, that lies inside `clip`; null when less than a
 * pixel of it does either way (a name scrolled out of its editor draws no mark, not a sliver).
 */
export function clippedBox(rect: Edges, clip: Edges, shiftX = 0, shiftY = 0): Box | null {
  const left = Math.max(rect.left + shiftX, clip.left);
  const right = Math.min(rect.right + shiftX, clip.right);
  const top = Math.max(rect.top + shiftY, clip.top);
  const bottom = Math.min(rect.bottom + shiftY, clip.bottom);
  if (right - left < 1 || bottom - top < 1) return null;
  return { left, top, width: right - left, height: bottom - top };
}
