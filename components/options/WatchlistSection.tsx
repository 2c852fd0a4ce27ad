// The full watchlist as a sortable, paged table with a filter: fast at 50,000 entries because
// only one page is rendered and search/sort keys are computed once per load.
import { useMemo, useState } from 'preact/hooks';
import type { ProspectEntry, ProspectStatus } from '../../utils/model/watchlist';
import type { EntryChanges, NewEntry } from '../../utils/model/messages';
import { formatDateTime, formatDay, formatNumber, t, tPlural, type MessageKey } from '../i18n';
import { EntryEditor } from '../shared/EntryEditor';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { PencilIcon, TrashIcon } from '../shared/icons';
import { AddProspectForm } from '../popup/AddProspectForm';
import { buildNameKeys, buildSearchIndex, filterEntries, pageOf, sortEntries, type SortDirection, type SortKey } from '../watchlist-view';
import { Pager } from './Pager';

export const PAGE_SIZES = [50, 100] as const;

type StatusFilter = 'all' | ProspectStatus;

const STATUS_LABEL: Record<ProspectStatus, MessageKey> = {
  open: 'options_statusOpen',
  won: 'options_statusWon',
  lost: 'options_statusLost',
};

const COLUMNS: { key: SortKey; label: MessageKey }[] = [
  { key: 'name', label: 'options_columnName' },
  { key: 'status', label: 'options_columnStatus' },
  { key: 'updated', label: 'options_columnUpdated' },
  { key: 'source', label: 'options_columnSource' },
];

interface Props {
  entries: ProspectEntry[];
  onAdd: (entry: NewEntry) => Promise<void>;
  onUpdate: (id: string, changes: EntryChanges) => Promise<void>;
  onDelete: (entry: ProspectEntry) => Promise<void>;
  /** Deletes the selected entries at once; rejects (and deletes nothing) when the store refuses. */
  onDeleteMany: (entries: ProspectEntry[]) => Promise<void>;
  /** Writes deleted entries back exactly as they were (undo). */
  onRestore: (entries: ProspectEntry[]) => Promise<void>;
}

export function WatchlistSection({ entries, onAdd, onUpdate, onDelete, onDeleteMany, onRestore }: Props) {
  const [newName, setNewName] = useState('');
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<StatusFilter>('all');
  const [sortKey, setSortKey] = useState<SortKey>('name');
  const [direction, setDirection] = useState<SortDirection>('ascending');
  // The page shown belongs to one view of the list: a new filter, sort or page size starts at the
  // first page again (derived here, so the table is never drawn once with a stale page).
  const [pageOfView, setPageOfView] = useState({ view: '', page: 0 });
  const [pageSize, setPageSize] = useState<number>(PAGE_SIZES[0]);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<ProspectEntry | null>(null);
  // Ids of the rows ticked for a bulk delete (kept across pages and filters until used).
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(new Set());
  const [confirmingMany, setConfirmingMany] = useState(false);
  const [lastDeleted, setLastDeleted] = useState<ProspectEntry[] | null>(null);
  const selected = useMemo(() => entries.filter((entry) => selectedIds.has(entry.id)), [entries, selectedIds]);

  const index = useMemo(() => buildSearchIndex(entries), [entries]);
  const nameKeys = useMemo(() => buildNameKeys(entries), [entries]);
  const sorted = useMemo(() => sortEntries(entries, sortKey, direction, nameKeys), [entries, sortKey, direction, nameKeys]);
  const filtered = useMemo(() => {
    const byStatus = status === 'all' ? sorted : sorted.filter((entry) => entry.status === status);
    return filterEntries(byStatus, index, query);
  }, [sorted, status, index, query]);
  const view = JSON.stringify([query, status, sortKey, direction, pageSize]);
  const page = pageOfView.view === view ? pageOfView.page : 0;
  const setPage = (next: number) => setPageOfView({ view, page: next });
  const current = pageOf(filtered, page, pageSize);

  function toggle(ids: string[], on: boolean) {
    const next = new Set(selectedIds);
    for (const entryId of ids) {
      if (on) next.add(entryId);
      else next.delete(entryId);
    }
    setSelectedIds(next);
  }

  async function deleteSelected() {
    const doomed = selected;
    await onDeleteMany(doomed);
    setSelectedIds(new Set());
    setLastDeleted(doomed);
    setConfirmingMany(false);
  }

  async function undoDelete() {
    if (!lastDeleted) return;
    await onRestore(lastDeleted);
    setLastDeleted(null);
  }

  const pageIds = current.items.map((entry) => entry.id);
  const wholePageSelected = pageIds.length > 0 && pageIds.every((entryId) => selectedIds.has(entryId));

  function sortBy(key: SortKey) {
    if (key === sortKey) setDirection(direction === 'ascending' ? 'descending' : 'ascending');
    else {
      setSortKey(key);
      setDirection(key === 'updated' ? 'descending' : 'ascending');
    }
  }

  return (
    <section id="watchlist" aria-labelledby="watchlist-heading" class="card">
      <h2 id="watchlist-heading">{t('options_watchlistTitle')}</h2>
      <p class="hint">{tPlural('options_watchlistSummary', entries.length)}</p>
      <AddProspectForm
        name={newName}
        onNameChange={setNewName}
        onAdd={async (entry) => {
          await onAdd(entry);
          setNewName('');
        }}
        autoFocus={false}
        hint={t('options_addHint')}
      />

      <div class="table-tools">
        <div class="field">
          <label for="watchlist-filter">{t('options_filterLabel')}</label>
          <input id="watchlist-filter" type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="watchlist-status">{t('options_statusFilterLabel')}</label>
          <select id="watchlist-status" value={status} onChange={(e) => setStatus(e.currentTarget.value as StatusFilter)}>
            <option value="all">{t('options_statusAll')}</option>
            <option value="open">{t('options_statusOpen')}</option>
            <option value="won">{t('options_statusWon')}</option>
            <option value="lost">{t('options_statusLost')}</option>
          </select>
        </div>
        <div class="field">
          <label for="watchlist-page-size">{t('options_pageSizeLabel')}</label>
          <select id="watchlist-page-size" value={String(pageSize)} onChange={(e) => setPageSize(Number(e.currentTarget.value))}>
            {PAGE_SIZES.map((size) => (
              <option key={size} value={String(size)}>
                {formatNumber(size)}
              </option>
            ))}
          </select>
        </div>
      </div>

      <p class="hint" role="status">
        {current.total === 0
          ? entries.length === 0
            ? t('options_watchlistEmpty')
            : t('options_watchlistNoMatch')
          : t('options_showingRange', formatNumber(current.from), formatNumber(current.to), formatNumber(current.total))}
      </p>

      {(selected.length > 0 || lastDeleted) && (
        <div class="actions bulk-actions">
          {selected.length > 0 && (
            <button type="button" class="danger" onClick={() => setConfirmingMany(true)}>
              {tPlural('options_deleteSelected', selected.length)}
            </button>
          )}
          {lastDeleted && (
            <>
              <span role="status">{tPlural('options_deletedMany', lastDeleted.length)}</span>
              <button type="button" onClick={() => void undoDelete()}>
                {t('options_undoDelete')}
              </button>
            </>
          )}
        </div>
      )}

      <div class="table-wrap">
        <table class="data-table watchlist-table">
          <caption class="visually-hidden">{t('options_watchlistTitle')}</caption>
          <thead>
            <tr>
              <th scope="col" class="select-cell">
                <input
                  type="checkbox"
                  aria-label={t('options_selectPage')}
                  checked={wholePageSelected}
                  onChange={(e) => toggle(pageIds, e.currentTarget.checked)}
                />
              </th>
              {COLUMNS.map((column) => (
                <th key={column.key} scope="col" aria-sort={column.key === sortKey ? direction : undefined}>
                  <button type="button" class="sort-button" onClick={() => sortBy(column.key)}>
                    {t(column.label)}
                    <span aria-hidden="true" class="sort-mark">
                      {column.key === sortKey ? (direction === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              ))}
              <th scope="col">{t('options_columnGuardUntil')}</th>
              <th scope="col">{t('options_columnActions')}</th>
            </tr>
          </thead>
          <tbody>
            {current.items.map((entry) =>
              entry.id === editingId ? (
                <tr key={entry.id} class="editing">
                  <td colSpan={7}>
                    <EntryEditor
                      entry={entry}
                      onSave={async (changes) => {
                        await onUpdate(entry.id, changes);
                        setEditingId(null);
                      }}
                      onCancel={() => setEditingId(null)}
                    />
                  </td>
                </tr>
              ) : (
                <EntryRow
                  key={entry.id}
                  entry={entry}
                  selected={selectedIds.has(entry.id)}
                  onSelect={(on) => toggle([entry.id], on)}
                  onEdit={() => setEditingId(entry.id)}
                  onStatus={(next) => onUpdate(entry.id, { status: next })}
                  onDelete={() => setDeleting(entry)}
                />
              ),
            )}
          </tbody>
        </table>
      </div>
      <Pager page={current.page} pageCount={current.pageCount} onPage={setPage} label={t('options_watchlistPages')} />

      <ConfirmDialog
        open={deleting !== null}
        title={t('options_deleteTitle', deleting?.name ?? '')}
        confirmLabel={t('options_delete')}
        onCancel={() => setDeleting(null)}
        onConfirm={async () => {
          // Close only once the row is gone, so focus lands on the section, not a vanished button.
          if (deleting) await onDelete(deleting);
          setDeleting(null);
        }}
      >
        <p>{t('options_deleteBody')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirmingMany}
        title={tPlural('options_deleteManyTitle', selected.length)}
        confirmLabel={t('options_delete')}
        onCancel={() => setConfirmingMany(false)}
        onConfirm={deleteSelected}
      >
        <p>{selected.map((entry) => entry.name).join(', ')}</p>
        <p>{t('options_deleteManyBody')}</p>
      </ConfirmDialog>
    </section>
  );
}

interface RowProps {
  entry: ProspectEntry;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onEdit: () => void;
  onStatus: (status: ProspectStatus) => Promise<void>;
  onDelete: () => void;
}

function EntryRow({ entry, selected, onSelect, onEdit, onStatus, onDelete }: RowProps) {
  const also = [...(entry.aliases ?? []), ...(entry.contacts ?? []), ...(entry.domains ?? [])];
  return (
    <tr>
      <td class="select-cell">
        <input
          type="checkbox"
          aria-label={t('options_selectEntry', entry.name)}
          checked={selected}
          onChange={(e) => onSelect(e.currentTarget.checked)}
        />
      </td>
      <th scope="row" class="name-cell">
        <span class="entry-name">{entry.name}</span>
        {also.length > 0 && <span class="entry-also">{also.join(' · ')}</span>}
      </th>
      <td class="status-cell">
        <span class={`status-badge status-${entry.status}`}>{t(STATUS_LABEL[entry.status])}</span>
      </td>
      <td class="date-cell">{formatDateTime(entry.updatedAt)}</td>
      <td class="source-cell">{entry.source.kind === 'own' ? t('options_sourceOwn') : t('options_sourceTeam', entry.source.listId)}</td>
      <td class="date-cell">{entry.guardUntil ? formatDay(entry.guardUntil) : '—'}</td>
      <td class="row-actions">
        <button
          type="button"
          class="small icon-button"
          aria-label={t('popup_editNamed', entry.name)}
          title={t('common_edit')}
          onClick={onEdit}
        >
          <PencilIcon />
        </button>
        {entry.status === 'open' ? (
          <>
            <button type="button" class="small" aria-label={t('popup_markWonNamed', entry.name)} onClick={() => void onStatus('won')}>
              {t('common_markWon')}
            </button>
            <button type="button" class="small" aria-label={t('popup_markLostNamed', entry.name)} onClick={() => void onStatus('lost')}>
              {t('common_markLost')}
            </button>
          </>
        ) : (
          <button type="button" class="small" aria-label={t('options_reopenNamed', entry.name)} onClick={() => void onStatus('open')}>
            {t('options_reopen')}
          </button>
        )}
        <button
          type="button"
          class="small icon-button"
          aria-label={t('options_deleteNamed', entry.name)}
          title={t('options_delete')}
          onClick={onDelete}
        >
          <TrashIcon />
        </button>
      </td>
    </tr>
  );
}
