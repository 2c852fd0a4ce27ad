// When a subscription is fetched next: every refreshMinutes after an answer, sooner but growing
// after failures (1, 2, 4, 8… minutes, never past the refresh interval), so a server that is down
// is neither hammered nor forgotten for an hour.
import { DEFAULT_REFRESH_MINUTES, MIN_REFRESH_MINUTES } from '../model/list-sources';

const MINUTE = 60_000;

/** The interval a source asks for, within the allowed range. */
export function refreshMinutesOf(asked: number | undefined): number {
  if (asked === undefined || !Number.isFinite(asked)) return DEFAULT_REFRESH_MINUTES;
  return Math.max(MIN_REFRESH_MINUTES, Math.round(asked));
}

export function nextAttemptAfterAnswer(now: number, refreshMinutes: number): number {
  return now + refreshMinutes * MINUTE;
}

/** After the `failures`-th failure in a row (1 for the first). */
export function nextAttemptAfterFailure(now: number, failures: number, refreshMinutes: number): number {
  const backoffMinutes = Math.min(refreshMinutes, 2 ** Math.min(Math.max(failures, 1) - 1, 20));
  return now + backoffMinutes * MINUTE;
}
