// What a selected piece of page text becomes when a person picks "Add to prospect watchlist":
// one line, tidy spaces, and only if it can be a name at all.

/** Longer than this, a selection is a sentence, not a prospect's name. */
export const MAX_NAME_LENGTH = 120;

export function prospectNameFromSelection(selection: string | undefined): string | null {
  const name = (selection ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["'“”«»‘’([]+|["'“”«»‘’)\].,;:!?]+$/g, '')
    .trim();
  if (!name || name.length > MAX_NAME_LENGTH) return null;
  return name;
}
