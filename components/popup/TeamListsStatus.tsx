// The team lists protecting this browser, one line each: name, source, entries, version, last
// update and state. Shown only when there is at least one; their entries are never listed here.
import type { ListSourceStatus } from '../../utils/model/list-sources';
import { t, tPlural } from '../i18n';
import { isTroubled, lastUpdateWords, originWords, stateWords } from '../team-lists/list-status-words';

interface Props {
  lists: ListSourceStatus[] | undefined;
}

export function TeamListsStatus({ lists }: Props) {
  if (!lists || lists.length === 0) return null;
  return (
    <section class="panel team-lists-status" aria-labelledby="team-lists-heading">
      <h2 id="team-lists-heading">{t('popup_teamListsTitle')}</h2>
      <ul class="panel-body team-list-lines">
        {lists.map((list) => (
          <li key={list.id} data-list-id={list.id}>
            <strong>{list.name}</strong> · {originWords(list.origin)} · {tPlural('popup_teamListEntries', list.entryCount)}
            {list.version !== undefined && ` · ${t('popup_teamListVersion', String(list.version))}`} · {lastUpdateWords(list)} ·{' '}
            <span class={isTroubled(list) ? 'state-troubled' : 'state-fine'}>{stateWords(list.state)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
