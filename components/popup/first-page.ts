// The popup's first request, sent as soon as its script runs (before the first render), so the
// newest open prospects arrive while the first screen is being drawn.
import type { ProspectEntry } from '../../utils/model/watchlist';
import { callBackground } from '../background-call';
import { ROWS_PER_STEP } from './ProspectList';

/** The newest open entries, and how many are open in all. */
export interface FirstPage {
  entries: ProspectEntry[];
  totalOpen: number;
}

/** Open prospects asked for first: the rows on screen before "Show more", plus one step. */
export const FIRST_PAGE_SIZE = ROWS_PER_STEP * 2;

let early: Promise<FirstPage> | null = null;

/** Sends `entries:open-page` now; the popup picks the answer up with takeFirstPage(). */
export function requestFirstPage(): void {
  performance.mark('prospect-guard:first-page-asked');
  early = callBackground('entries:open-page', { limit: FIRST_PAGE_SIZE });
  early.then(
    () => performance.mark('prospect-guard:first-page-received'),
    () => undefined,
  );
  early.catch(() => undefined);
}

/** The request sent by requestFirstPage() (once), or a new one. */
export function takeFirstPage(): Promise<FirstPage> {
  const pending = early ?? callBackground('entries:open-page', { limit: FIRST_PAGE_SIZE });
  early = null;
  return pending;
}
