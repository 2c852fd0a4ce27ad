// The open prospects, filtered by what is typed in the name field. Only the first rows are
// rendered (then "Show more"), so the popup opens at once even with 10,000 entries.
import { useState } from 'preact/hooks';
import type { ProspectEntry, ProspectStatus } from '../../utils/model/watchlist';
import type { EntryChanges } from '../../utils/model/messages';
import { formatNumber, t, tPlural } from '../i18n';
import { ProspectRow } from './ProspectRow';

export const ROWS_PER_STEP = 50;

interface Props {
  /** Open entries matching the query, in display order. */
  entries: ProspectEntry[];
  /** How many open entries exist in all. */
  openTotal: number;
  /**
   * False while only the first page of open entries has arrived: "Show more" then counts every
   * open entry, and "no match" waits for the whole list.
   */
  complete?: boolean;
  query: string;
  today: string;
  onUpdate: (id: string, changes: EntryChanges) => Promise<void>;
  onClose: (entry: ProspectEntry, status: Exclude<ProspectStatus, 'open'>) => void;
}

export function ProspectList({ entries, openTotal, complete = true, query, today, onUpdate, onClose }: Props) {
  // How many rows show belongs to one search: a new query starts from the first step again
  // (derived, so the list is never drawn once with the old length).
  const [limitOfQuery, setLimitOfQuery] = useState({ query, limit: ROWS_PER_STEP });
  const limit = limitOfQuery.query === query ? limitOfQuery.limit : ROWS_PER_STEP;
  const setLimit = (next: number) => setLimitOfQuery({ query, limit: next });

  const filtering = query.trim() !== '';
  const shown = entries.slice(0, limit);
  const remaining = (complete || filtering ? entries.length : Math.max(entries.length, openTotal)) - shown.length;

  return (
    <section class="prospects" aria-labelledby="open-prospects-heading">
      <h2 id="open-prospects-heading">
        {filtering ? tPlural('popup_matchingCount', entries.length, formatNumber(openTotal)) : tPlural('popup_openCount', openTotal)}
      </h2>
      {openTotal === 0 && <p class="empty">{t('popup_emptyList')}</p>}
      {openTotal > 0 && entries.length === 0 && complete && <p class="empty">{t('popup_noMatch', query.trim())}</p>}
      {shown.length > 0 && (
        <ul class="prospect-list">
          {shown.map((entry) => (
            <ProspectRow key={entry.id} entry={entry} today={today} onUpdate={onUpdate} onClose={onClose} />
          ))}
        </ul>
      )}
      {remaining > 0 && (
        <button type="button" class="show-more" onClick={() => setLimit(limit + ROWS_PER_STEP)}>
          {tPlural('popup_showMore', remaining)}
        </button>
      )}
    </section>
  );
}
