// When the local day changes: guardUntil dates end at the end of a local day.

/** The next local midnight strictly after `now`. */
export function nextLocalMidnight(now: Date): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 0, 0);
}
