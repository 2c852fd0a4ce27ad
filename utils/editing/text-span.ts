// A stretch of one text, by offsets: a match, a measured name, a name to mark. Browser-free.

/** From `start` (the first character's offset) up to, not including, `end`. */
export interface Span {
  start: number;
  end: number;
}
