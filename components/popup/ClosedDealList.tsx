// Won and lost deals matching the search, under the open ones: a deal that comes back is
// reopened with its history rather than added again.
import type { ProspectEntry } from '../../utils/model/watchlist';
import { t, tPlural } from '../i18n';

interface Props {
  /** Closed entries matching the query, in display order. */
  entries: ProspectEntry[];
  onReopen: (entry: ProspectEntry) => void;
}

export function ClosedDealList({ entries, onReopen }: Props) {
  return (
    <section class="prospects closed-deals" aria-labelledby="closed-deals-heading">
      <h2 id="closed-deals-heading">{tPlural('popup_closedCount', entries.length)}</h2>
      <ul class="prospect-list">
        {entries.map((entry) => (
          <li key={entry.id} class="prospect closed">
            <div class="prospect-text">
              <span class="closed-name">{entry.name}</span>
              <span class={`prospect-status ${entry.status}`}>{t(entry.status === 'won' ? 'common_markWon' : 'common_markLost')}</span>
            </div>
            <div class="prospect-actions">
              <button type="button" class="small" aria-label={t('popup_reopenNamed', entry.name)} onClick={() => onReopen(entry)}>
                {t('popup_reopen')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
