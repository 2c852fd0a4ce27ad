// The toolbar popup: add a lead in seconds, close deals, see whether this page is protected.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ProspectEntry, ProspectStatus } from '../../utils/model/watchlist';
import type { EntryChanges, NewEntry, TabStatus } from '../../utils/model/messages';
import { addOrReopen } from '../../utils/background/add-or-reopen';
import { callBackground } from '../background-call';
import { getActiveTab, type ActiveTab } from '../active-tab';
import { summariseActivity, WEEK_MS, type ActivitySummary } from '../activity-summary';
import { t } from '../i18n';
import { messageOf } from '../shared/message-of';
import { Logo } from '../shared/Logo';
import { Notice } from '../shared/Notice';
import type { NoticeState } from '../shared/notice-state';
import {
  buildSearchIndex,
  closedEntriesNewestFirst,
  filterEntries,
  findListedContaining,
  isoToday,
  openEntriesNewestFirst,
} from '../watchlist-view';
import { AddAnywayQuestion } from './AddAnywayQuestion';
import type { PendingAdd } from './pending-add';
import { AddProspectForm } from './AddProspectForm';
import { ClosedDealList } from './ClosedDealList';
import { PageStatus } from './PageStatus';
import { switchableHost, withSiteSwitchedOff, withSiteSwitchedOn } from './site-switch';
import { ProspectList } from './ProspectList';
import { takeFirstPage, type FirstPage } from './first-page';
import { WeekActivity } from './WeekActivity';
import { TeamListsStatus } from './TeamListsStatus';
import type { ListSourceStatus } from '../../utils/model/list-sources';

export function PopupApp() {
  // The whole watchlist (for filtering over every open prospect and reopening closed ones),
  // loaded after the first page is on screen; until then `page` is what the list shows.
  const [entries, setEntries] = useState<ProspectEntry[] | undefined>(undefined);
  const [page, setPage] = useState<FirstPage | undefined>(undefined);
  const [loadError, setLoadError] = useState('');
  const [query, setQuery] = useState('');
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const [tabStatus, setTabStatus] = useState<TabStatus | null | undefined>(undefined);
  const [tab, setTab] = useState<ActiveTab | null>(null);
  const [activity, setActivity] = useState<ActivitySummary | null | undefined>(undefined);
  const [teamLists, setTeamLists] = useState<ListSourceStatus[] | undefined>(undefined);
  /** A name typed that is part of a listed prospect: added only when the person says so. */
  const [pendingAdd, setPendingAdd] = useState<PendingAdd | null>(null);
  const today = isoToday();
  /** Resolves with the whole list once it is in `entries`. */
  const fullList = useRef<Promise<ProspectEntry[]> | null>(null);
  /**
   * Entries changed here before the whole list arrived, applied to it when it does (null after);
   * a null entry was deleted (an add undone).
   */
  const earlyChanges = useRef<Map<string, ProspectEntry | null> | null>(new Map());

  useEffect(() => {
    let resolveFull!: (list: ProspectEntry[]) => void;
    let rejectFull!: (failure: unknown) => void;
    fullList.current = new Promise<ProspectEntry[]>((resolve, reject) => {
      resolveFull = resolve;
      rejectFull = reject;
    });
    fullList.current.catch(() => undefined);
    const loadAll = () =>
      callBackground('entries:list', {})
        .then((list) => {
          const merged = withChanges(list, earlyChanges.current);
          earlyChanges.current = null;
          setEntries(merged);
          resolveFull(merged);
        })
        .catch((failure) => {
          setLoadError(t('common_errorLoadFailed', messageOf(failure)));
          rejectFull(failure);
        });
    takeFirstPage()
      .then((first) => {
        setPage(first);
        // After the first rows are rendered: the whole list's copy must not delay them.
        setTimeout(loadAll, 0);
      })
      // The whole list still answers when the first page could not.
      .catch(loadAll);
    getActiveTab()
      .then(async (active) => {
        setTab(active);
        setTabStatus(active ? await callBackground('tab:status', { tabId: active.id, url: active.url }) : null);
      })
      .catch(() => setTabStatus(null));
    callBackground('team-lists:list', {})
      .then((view) => setTeamLists(view.lists))
      .catch(() => setTeamLists([]));
    callBackground('activity:list', { since: Date.now() - WEEK_MS })
      .then((records) => setActivity(summariseActivity(records)))
      .catch(() => setActivity(null));
  }, []);

  const complete = entries !== undefined;
  const openEntries = useMemo(() => openEntriesNewestFirst(entries ?? page?.entries ?? []), [entries, page]);
  const openTotal = complete ? openEntries.length : (page?.totalOpen ?? 0);
  // The search index is built on the first keystroke, not on open: opening stays fast.
  const searching = query.trim() !== '';
  const index = useMemo(() => (searching ? buildSearchIndex(openEntries) : null), [openEntries, searching]);
  const visible = useMemo(() => (index ? filterEntries(openEntries, index, query) : openEntries), [openEntries, index, query]);
  const listShown = complete || page !== undefined;
  // Won and lost deals show only in a search, once the whole list is here: they can be reopened.
  const closedEntries = useMemo(() => (searching && entries ? closedEntriesNewestFirst(entries) : []), [entries, searching]);
  const closedIndex = useMemo(() => (closedEntries.length ? buildSearchIndex(closedEntries) : null), [closedEntries]);
  const closedMatches = useMemo(
    () => (closedIndex ? filterEntries(closedEntries, closedIndex, query) : []),
    [closedEntries, closedIndex, query],
  );

  useEffect(() => {
    // Marks for scripts/bench-ui.ts: when the list a person came for is on screen, and when
    // the whole list (filtering over every open prospect) is ready.
    if (listShown) performance.mark('prospect-guard:list-ready');
  }, [listShown]);
  useEffect(() => {
    if (complete) performance.mark('prospect-guard:list-complete');
  }, [complete]);

  /** Puts a stored entry (changed or new) in the list, whichever list is showing. */
  function putEntry(stored: ProspectEntry) {
    const early = earlyChanges.current;
    if (early) {
      early.set(stored.id, stored);
      setPage((current) => current && withEntry(current, stored));
      return;
    }
    setEntries((current) => {
      if (!current) return current;
      return current.some((entry) => entry.id === stored.id)
        ? current.map((entry) => (entry.id === stored.id ? stored : entry))
        : [stored, ...current];
    });
  }

  function replaceEntry(updated: ProspectEntry) {
    putEntry(updated);
  }

  /** Takes a deleted entry out of the list, whichever list is showing. */
  function removeEntry(id: string) {
    const early = earlyChanges.current;
    if (early) {
      early.set(id, null);
      setPage((current) => current && withoutEntry(current, id));
      return;
    }
    setEntries((current) => current?.filter((entry) => entry.id !== id));
  }

  function changeQuery(next: string) {
    setQuery(next);
    // The question was about the name as it was typed.
    setPendingAdd(null);
  }

  /** Resolves false when the name is part of a listed prospect: nothing is added until the person says so. */
  async function add(entry: NewEntry, confirmed = false): Promise<boolean> {
    // Whether the name is already open or was closed needs every entry, not the first page.
    const all = entries ?? (await (fullList.current ?? Promise.resolve([])));
    // The same rule as the context menu's (utils/background/add-or-reopen.ts).
    const step = addOrReopen(all, entry);
    if (step.kind === 'already-open') throw new Error(t('popup_errorDuplicate', step.existing.name));
    if (step.kind === 'reopen') {
      const { existing: closed } = step;
      const reopened = await callBackground('entries:update', { id: closed.id, changes: step.changes });
      replaceEntry(reopened);
      setQuery('');
      setNotice({
        text: t('popup_reopenedFromAdd', reopened.name, t(closed.status === 'won' ? 'popup_wasWon' : 'popup_wasLost')),
        keepFocus: true,
        undo: async () => {
          // Back to the closed deal as it was, details included ('' and [] clear what the add set).
          const restored = await callBackground('entries:update', {
            id: closed.id,
            changes: {
              status: closed.status,
              aliases: closed.aliases ?? [],
              contacts: closed.contacts ?? [],
              domains: closed.domains ?? [],
              guardUntil: closed.guardUntil ?? '',
            },
          });
          replaceEntry(restored);
          setNotice({ text: t(closed.status === 'won' ? 'popup_markedWon' : 'popup_markedLost', restored.name) });
        },
      });
      return true;
    }
    // "stark", typed to find Stark Industries: Enter must not quietly add a second, shorter name.
    const listed = confirmed ? undefined : findListedContaining(all, step.entry.name);
    if (listed) {
      setPendingAdd({ entry: step.entry, listed });
      return false;
    }
    setPendingAdd(null);
    const stored = await callBackground('entries:add', { entry: step.entry });
    putEntry(stored);
    setQuery('');
    setNotice({
      text: t('popup_added', stored.name),
      // The next name is typed at once: Undo waits in the notice without taking the focus.
      keepFocus: true,
      undo: async () => {
        try {
          await callBackground('entries:delete', { ids: [stored.id] });
          removeEntry(stored.id);
          setNotice({ text: t('popup_addUndone', stored.name) });
        } catch (failure) {
          setNotice({ text: t('common_errorSaveFailed', messageOf(failure)), isError: true });
        }
      },
    });
    return true;
  }

  async function addAnyway(pending: PendingAdd) {
    try {
      await add(pending.entry, true);
    } catch (failure) {
      setPendingAdd(null);
      setNotice({ text: t('common_errorSaveFailed', messageOf(failure)), isError: true });
    }
  }

  async function reopen(entry: ProspectEntry) {
    try {
      replaceEntry(await callBackground('entries:update', { id: entry.id, changes: { status: 'open' } }));
      setNotice({
        text: t('popup_reopened', entry.name),
        undo: async () => {
          replaceEntry(await callBackground('entries:update', { id: entry.id, changes: { status: entry.status } }));
          setNotice({ text: t(entry.status === 'won' ? 'popup_markedWon' : 'popup_markedLost', entry.name) });
        },
      });
    } catch (failure) {
      setNotice({ text: t('common_errorSaveFailed', messageOf(failure)), isError: true });
    }
  }

  async function update(id: string, changes: EntryChanges) {
    replaceEntry(await callBackground('entries:update', { id, changes }));
    setNotice({ text: t('popup_saved') });
  }

  async function close(entry: ProspectEntry, status: Exclude<ProspectStatus, 'open'>) {
    try {
      replaceEntry(await callBackground('entries:update', { id: entry.id, changes: { status } }));
      setNotice({
        text: t(status === 'won' ? 'popup_markedWon' : 'popup_markedLost', entry.name),
        undo: async () => {
          replaceEntry(await callBackground('entries:update', { id: entry.id, changes: { status: 'open' } }));
          setNotice({ text: t('popup_reopened', entry.name) });
        },
      });
    } catch (failure) {
      setNotice({ text: t('common_errorSaveFailed', messageOf(failure)), isError: true });
    }
  }

  const host = tab ? switchableHost(tab.url) : null;

  /** A save that failed may mean storage no longer takes writes: "This page" says so at once. */
  function afterFailedSave(failure: unknown): never {
    if (tab) {
      callBackground('tab:status', { tabId: tab.id, url: tab.url })
        .then(setTabStatus)
        .catch(() => undefined);
    }
    throw failure;
  }

  async function switchSite(off: boolean) {
    if (!tab || !host) return;
    try {
      const settings = await callBackground('settings:get', {});
      const next = off ? withSiteSwitchedOff(settings, host) : withSiteSwitchedOn(settings, host);
      await callBackground('settings:set', { settings: next });
      setTabStatus(await callBackground('tab:status', { tabId: tab.id, url: tab.url }));
      setNotice({ text: t(off ? 'popup_siteSwitchedOff' : 'popup_siteSwitchedOn', host) });
    } catch (failure) {
      setNotice({ text: t('common_errorSaveFailed', messageOf(failure)), isError: true });
    }
  }

  return (
    <main class="popup">
      <header class="popup-header">
        <Logo size={18} />
        <h1>{t('extName')}</h1>
      </header>
      <AddProspectForm name={query} onNameChange={changeQuery} onAdd={(entry) => add(entry).catch(afterFailedSave)} />
      {pendingAdd && (
        <AddAnywayQuestion pending={pendingAdd} onAdd={() => void addAnyway(pendingAdd)} onCancel={() => setPendingAdd(null)} />
      )}
      <Notice notice={notice} onDismiss={() => setNotice(null)} />
      {loadError && (
        <p class="error" role="alert">
          {loadError}
        </p>
      )}
      {!listShown && !loadError && <p class="empty">{t('common_loading')}</p>}
      {listShown && (
        <ProspectList
          entries={visible}
          openTotal={openTotal}
          complete={complete}
          query={query}
          today={today}
          onUpdate={update}
          onClose={close}
        />
      )}
      {closedMatches.length > 0 && <ClosedDealList entries={closedMatches} onReopen={(entry) => void reopen(entry)} />}
      <PageStatus status={tabStatus} host={host} onSwitchSite={(off) => void switchSite(off)} />
      <WeekActivity summary={activity} />
      <TeamListsStatus lists={teamLists} />
      <footer class="popup-footer">
        <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup_openSettings')}
        </button>
      </footer>
    </main>
  );
}

/** The whole list with the entries changed before it arrived: the newer copy of each wins. */
function withChanges(list: ProspectEntry[], changes: ReadonlyMap<string, ProspectEntry | null> | null): ProspectEntry[] {
  if (!changes || changes.size === 0) return list;
  const pending = new Map(changes);
  const merged = list.flatMap((entry) => {
    if (!pending.has(entry.id)) return [entry];
    const changed = pending.get(entry.id);
    pending.delete(entry.id);
    if (changed === null) return []; // deleted here (an add undone)
    return changed && changed.updatedAt >= entry.updatedAt ? [changed] : [entry];
  });
  // Added here but not yet in the list that was read: newest first, as an add shows.
  const added = [...pending.values()].filter((entry): entry is ProspectEntry => entry !== null);
  return [...added, ...merged];
}

/** The first page without one deleted entry, its open count kept right. */
function withoutEntry(page: FirstPage, id: string): FirstPage {
  const before = page.entries.find((entry) => entry.id === id);
  if (!before) return page;
  return { entries: page.entries.filter((entry) => entry.id !== id), totalOpen: page.totalOpen - Number(before.status === 'open') };
}

/** The first page with one stored entry changed or added, its open count kept right. */
function withEntry(page: FirstPage, stored: ProspectEntry): FirstPage {
  const before = page.entries.find((entry) => entry.id === stored.id);
  const wasOpen = before?.status === 'open';
  const isOpen = stored.status === 'open';
  // An entry not on the page was either closed (a reopen or add) or open further down (an edit).
  const delta = before ? Number(isOpen) - Number(wasOpen) : isOpen ? 1 : 0;
  const entries = before ? page.entries.map((entry) => (entry.id === stored.id ? stored : entry)) : [stored, ...page.entries];
  return { entries, totalOpen: page.totalOpen + delta };
}
