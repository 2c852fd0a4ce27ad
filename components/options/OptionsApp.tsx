// The settings page: the full watchlist, import/export, sales team, sites, activity log, erase.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ProspectEntry } from '../../utils/model/watchlist';
import type { ActivityRecord, EntryChanges, NewEntry, StorageStatus, TeamListsView } from '../../utils/model/messages';
import type { Settings } from '../../utils/model/settings';
import { callBackground } from '../background-call';
import { t, tPlural, type MessageKey } from '../i18n';
import { Logo } from '../shared/Logo';
import { messageOf } from '../shared/message-of';
import { Notice } from '../shared/Notice';
import type { NoticeState } from '../shared/notice-state';
import { findOpenNamed } from '../watchlist-view';
import { ActivitySection } from './ActivitySection';
import { EraseSection } from './EraseSection';
import { FalseAlarmSection } from './FalseAlarmSection';
import { ImportExportSection } from './ImportExportSection';
import { SalesTeamSection } from './SalesTeamSection';
import { SitesSection } from './SitesSection';
import { TeamListsSection } from './TeamListsSection';
import { PublishSection } from './PublishSection';
import { WatchlistSection } from './WatchlistSection';
import { StorageHealth } from './StorageHealth';
import { readWholeWatchlist } from '../watchlist-pages';

const SECTIONS: { id: string; label: MessageKey }[] = [
  { id: 'watchlist', label: 'options_watchlistTitle' },
  { id: 'import-export', label: 'options_importTitle' },
  { id: 'team-lists', label: 'options_teamListsTitle' },
  { id: 'publish', label: 'options_publishTitle' },
  { id: 'sales-team', label: 'options_teamTitle' },
  { id: 'sites', label: 'options_sitesTitle' },
  { id: 'activity', label: 'options_activityTitle' },
  { id: 'false-alarms', label: 'options_falseAlarmsTitle' },
  { id: 'erase', label: 'options_eraseTitle' },
];

export function OptionsApp() {
  const [entries, setEntries] = useState<ProspectEntry[] | undefined>(undefined);
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  const [activity, setActivity] = useState<ActivityRecord[] | undefined>(undefined);
  const [loadError, setLoadError] = useState('');
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const [storage, setStorage] = useState<StorageStatus | null>(null);
  const [teamLists, setTeamLists] = useState<TeamListsView | undefined>(undefined);
  // True once the team lists answered or failed: their section sits above the sales team's, so a
  // link to a lower section waits for it before scrolling.
  const [teamListsSettled, setTeamListsSettled] = useState(false);

  // Team lists load on their own: the watchlist must not wait for them, nor fail with them.
  const loadTeamLists = useCallback(async () => {
    try {
      setTeamLists(await callBackground('team-lists:list', {}));
    } catch (failure) {
      setNotice({ text: t('options_teamListsLoadFailed', messageOf(failure)), isError: true });
    } finally {
      setTeamListsSettled(true);
    }
  }, []);

  // Only sets state: one function for the page's life, so the first load runs once.
  const loadAll = useCallback(async () => {
    // Asked on its own: when the watchlist cannot be read, this is what says why.
    callBackground('storage:status', {})
      .then(setStorage)
      .catch(() => setStorage(null));
    void loadTeamLists();
    try {
      const [{ entries: list }, current, records] = await Promise.all([
        readWholeWatchlist((request) => callBackground('entries:page', request)),
        callBackground('settings:get', {}),
        callBackground('activity:list', {}),
      ]);
      setEntries(list);
      setSettings(current);
      setActivity(records);
      setLoadError('');
    } catch (failure) {
      setLoadError(t('options_errorLoadFailed', messageOf(failure)));
    }
  }, [loadTeamLists]);

  useEffect(() => void loadAll(), [loadAll]);
  const loaded = entries !== undefined && settings !== undefined;
  useEffect(() => {
    // Mark for scripts/bench-ui.ts: the watchlist table is on screen.
    if (loaded) performance.mark('prospect-guard:list-ready');
  }, [loaded]);
  const laidOut = loaded && teamListsSettled;
  useEffect(() => {
    if (!laidOut) return;
    // A link such as options.html#sales-team (from the first-run page) lands on its section, which
    // did not exist yet when the browser looked for it; scrolled once everything above it is drawn,
    // or a section arriving later would push it down.
    const section = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    section?.scrollIntoView({ block: 'start' });
  }, [laidOut]);

  /**
   * Runs one save: a failure may mean storage takes no more writes, and a success after that means
   * it does again, so the storage card is asked again either way it could have changed.
   */
  async function saving<T>(write: Promise<T>): Promise<T> {
    const recheck = () =>
      callBackground('storage:status', {})
        .then(setStorage)
        .catch(() => undefined);
    try {
      const result = await write;
      if (storage?.writeFault) void recheck();
      return result;
    } catch (failure) {
      void recheck();
      throw failure;
    }
  }

  function replaceEntry(updated: ProspectEntry) {
    setEntries((current) => current?.map((entry) => (entry.id === updated.id ? updated : entry)));
  }

  async function add(entry: NewEntry) {
    const duplicate = findOpenNamed(entries ?? [], entry.name);
    if (duplicate) throw new Error(t('options_errorDuplicate', duplicate.name));
    const stored = await saving(callBackground('entries:add', { entry }));
    setEntries((current) => [stored, ...(current ?? [])]);
    setNotice({ text: t('popup_added', stored.name) });
  }

  async function update(id: string, changes: EntryChanges) {
    try {
      const updated = await saving(callBackground('entries:update', { id, changes }));
      replaceEntry(updated);
      setNotice({ text: t('options_savedNamed', updated.name) });
    } catch (failure) {
      setNotice({ text: t('common_errorSaveFailed', messageOf(failure)), isError: true });
      throw failure;
    }
  }

  async function remove(entry: ProspectEntry) {
    try {
      await saving(callBackground('entries:delete', { ids: [entry.id] }));
      setEntries((current) => current?.filter((candidate) => candidate.id !== entry.id));
      setNotice({ text: t('options_deletedNamed', entry.name) });
    } catch (failure) {
      setNotice({ text: t('common_errorSaveFailed', messageOf(failure)), isError: true });
    }
  }

  async function removeMany(doomed: ProspectEntry[]) {
    const ids = new Set(doomed.map((entry) => entry.id));
    try {
      await saving(callBackground('entries:delete', { ids: [...ids] }));
      setEntries((current) => current?.filter((candidate) => !ids.has(candidate.id)));
    } catch (failure) {
      setNotice({ text: t('common_errorSaveFailed', messageOf(failure)), isError: true });
      throw failure;
    }
  }

  async function restore(deleted: ProspectEntry[]) {
    try {
      await saving(callBackground('entries:restore', { removeIds: [], entries: deleted }));
      await loadAll();
      setNotice({ text: tPlural('options_deleteUndone', deleted.length) });
    } catch (failure) {
      setNotice({ text: t('common_errorSaveFailed', messageOf(failure)), isError: true });
    }
  }

  async function saveSettings(next: Settings) {
    setSettings(await saving(callBackground('settings:set', { settings: next })));
    setNotice({ text: t('options_settingsSaved') });
  }

  async function clearActivity() {
    try {
      await saving(callBackground('activity:clear', {}));
      setActivity([]);
      setNotice({ text: t('options_activityCleared') });
    } catch (failure) {
      setNotice({ text: t('common_errorSaveFailed', messageOf(failure)), isError: true });
    }
  }

  async function eraseAll() {
    try {
      await callBackground('storage:erase-all', {});
      await loadAll();
      setNotice({ text: t('options_erased') });
    } catch (failure) {
      setNotice({ text: t('options_eraseFailed', messageOf(failure)), isError: true });
    }
  }

  return (
    <div class="options">
      <header class="options-header">
        <Logo size={32} />
        <h1>{t('options_pageTitle')}</h1>
      </header>
      <nav class="options-nav" aria-label={t('options_navLabel')}>
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{t(section.label)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main class="options-main">
        <div class="sticky-notice">
          <Notice notice={notice} onDismiss={() => setNotice(null)} />
        </div>
        <StorageHealth status={storage} />
        {loadError && (
          <p class="error" role="alert">
            {loadError}
          </p>
        )}
        {entries === undefined || settings === undefined ? (
          !loadError && <p class="empty">{t('common_loading')}</p>
        ) : (
          <>
            <WatchlistSection
              entries={entries}
              onAdd={add}
              onUpdate={update}
              onDelete={remove}
              onDeleteMany={removeMany}
              onRestore={restore}
            />
            <ImportExportSection entries={entries} onImported={loadAll} />
            {teamLists && <TeamListsSection view={teamLists} onChanged={loadTeamLists} />}
            <PublishSection entries={entries} />
            <SalesTeamSection settings={settings} save={saveSettings} />
            <SitesSection settings={settings} save={saveSettings} />
            <ActivitySection records={activity} onClear={clearActivity} />
            <FalseAlarmSection records={activity} />
            <EraseSection onErase={eraseAll} />
          </>
        )}
      </main>
    </div>
  );
}
