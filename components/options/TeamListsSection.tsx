// Team lists: every list's status (read-only: its entries belong to the publisher), "Refresh now",
// and the two ways a person adds one: a signed file (chosen or dropped) or a subscription URL.
import { useState } from 'preact/hooks';
import type { ListSourceStatus } from '../../utils/model/list-sources';
import type { TeamListsView } from '../../utils/model/messages';
import { callBackground } from '../background-call';
import { formatNumber, t } from '../i18n';
import { messageOf } from '../shared/message-of';
import { isTroubled, lastUpdateWords, originWords, stateWords } from '../team-lists/list-status-words';
import { TeamListAddForms } from './TeamListAddForms';

interface Props {
  view: TeamListsView;
  /** Reload the lists (and the watchlist page's view of protection) after a change. */
  onChanged: () => Promise<void>;
}

export function TeamListsSection({ view, onChanged }: Props) {
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const { lists, policy } = view;

  async function act(list: ListSourceStatus, action: 'refresh' | 'remove') {
    setBusyId(list.id);
    try {
      if (action === 'refresh') {
        const status = await callBackground('team-lists:refresh', { id: list.id });
        setMessage({
          text: t('options_teamListsRefreshed', status.name, stateWords(status.state)),
          isError: status.state !== 'up-to-date',
        });
      } else {
        await callBackground('team-lists:remove', { id: list.id });
        setMessage({ text: t('options_teamListsRemoved', list.name), isError: false });
      }
      await onChanged();
    } catch (failure) {
      setMessage({ text: messageOf(failure), isError: true });
    } finally {
      setBusyId(null);
    }
  }

  return (
    <section id="team-lists" aria-labelledby="team-lists-heading" class="card">
      <h2 id="team-lists-heading">{t('options_teamListsTitle')}</h2>
      <p>{t('options_teamListsIntro')}</p>
      {policy.lockSettings && <p class="hint">{t('options_teamListsLocked')}</p>}
      {policy.problems.map((problem) => (
        <p key={problem} class="error">
          {problem}
        </p>
      ))}
      {lists.length === 0 ? (
        <p class="empty">{t('options_teamListsNone')}</p>
      ) : (
        <div class="table-scroll">
          <table class="team-lists">
            <caption class="visually-hidden">{t('options_teamListsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('options_teamListsColName')}</th>
                <th scope="col">{t('options_teamListsColSource')}</th>
                <th scope="col">{t('options_teamListsColEntries')}</th>
                <th scope="col">{t('options_teamListsColVersion')}</th>
                <th scope="col">{t('options_teamListsColUpdated')}</th>
                <th scope="col">{t('options_teamListsColState')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('options_teamListsColActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {lists.map((list) => (
                <tr key={list.id} data-list-id={list.id}>
                  <th scope="row">
                    {list.name}
                    {list.kind === 'hashed' && <span class="hint"> · {t('options_teamListsHashed')}</span>}
                  </th>
                  <td>
                    {originWords(list.origin)}
                    {list.url && <span class="hint list-url">{list.url}</span>}
                  </td>
                  <td>{formatNumber(list.entryCount)}</td>
                  <td>{list.version === undefined ? '—' : String(list.version)}</td>
                  <td>{lastUpdateWords(list)}</td>
                  <td>
                    <span class={isTroubled(list) ? 'state-troubled' : 'state-fine'}>{stateWords(list.state)}</span>
                    {list.problem && <span class="hint list-problem">{list.problem}</span>}
                  </td>
                  <td class="actions">
                    {list.refreshable && (
                      <button type="button" disabled={busyId === list.id} onClick={() => void act(list, 'refresh')}>
                        {t('options_teamListsRefreshNow')}
                        <span class="visually-hidden"> {list.name}</span>
                      </button>
                    )}
                    {list.removable && (
                      <button type="button" disabled={busyId === list.id} onClick={() => void act(list, 'remove')}>
                        {t('options_teamListsRemove')}
                        <span class="visually-hidden"> {list.name}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p role="status" class={message?.isError ? 'error' : 'notice-text'}>
        {message?.text ?? ''}
      </p>
      {policy.allowPersonalLists ? (
        <TeamListAddForms
          onAdded={async (status) => {
            setMessage({ text: t('options_teamListsAdded', status.name, formatNumber(status.entryCount)), isError: false });
            await onChanged();
          }}
        />
      ) : (
        <p class="hint">{t('options_teamListsPersonalNotAllowed')}</p>
      )}
    </section>
  );
}
