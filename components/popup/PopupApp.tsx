// The toolbar popup: add a lead in seconds, close deals, see whether this page is protected.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ProspectEntry, ProspectStatus } from '../../utils/watchlist';
import type { EntryChanges, NewEntry, TabStatus } from '../../utils/messages';
import { callBackground } from '../api';
import { getActiveTab, type ActiveTab } from '../active-tab';
import { summariseActivity, WEEK_MS, type ActivitySummary } from '../activity-summary';
import { t } from '../i18n';
import { messageOf } from '../shared/EntryEditor';
import { Logo } from '../shared/Logo';
import { Notice, type NoticeState } from '../shared/Notice';
import { buildSearchIndex, filterEntries, findClosedNamed, findOpenNamed, isoToday, openEntriesNewestFirst } from '../watchlist-view';
import { AddProspectForm } from './AddProspectForm';
import { PageStatus } from './PageStatus';
import { switchableHost, withSiteSwitchedOff, withSiteSwitchedOn } from './site-switch';
import { ProspectList } from './ProspectList';
import { WeekActivity } from './WeekActivity';

export function PopupApp() {
  const [entries, setEntries] = useState<ProspectEntry[] | undefined>(undefined);
  const [loadError, setLoadError] = useState('');
  const [query, setQuery] = useState('');
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const [tabStatus, setTabStatus] = useState<TabStatus | null | undefined>(undefined);
  const [tab, setTab] = useState<ActiveTab | null>(null);
  const [activity, setActivity] = useState<ActivitySummary | null | undefined>(undefined);
  const today = isoToday();

  useEffect(() => {
    callBackground('entries:list', {})
      .then(setEntries)
      .catch((failure) => setLoadError(t('common_errorLoadFailed', messageOf(failure))));
    getActiveTab()
      .then(async (active) => {
        setTab(active);
        setTabStatus(active ? await callBackground('tab:status', { tabId: active.id, url: active.url }) : null);
      })
      .catch(() => setTabStatus(null));
    callBackground('activity:list', { since: Date.now() - WEEK_MS })
      .then((records) => setActivity(summariseActivity(records)))
      .catch(() => setActivity(null));
  }, []);

  const openEntries = useMemo(() => openEntriesNewestFirst(entries ?? []), [entries]);
  // The search index is built on the first keystroke, not on open: opening stays fast.
  const searching = query.trim() !== '';
  const index = useMemo(() => (searching ? buildSearchIndex(openEntries) : null), [openEntries, searching]);
  const visible = useMemo(() => (index ? filterEntries(openEntries, index, query) : openEntries), [openEntries, index, query]);

  useEffect(() => {
    // Marks for scripts/bench-ui.ts: when the list a person came for is on screen.
    if (entries !== undefined) performance.mark('prospect-guard:list-ready');
  }, [entries !== undefined]);

  function replaceEntry(updated: ProspectEntry) {
    setEntries((current) => current?.map((entry) => (entry.id === updated.id ? updated : entry)));
  }

  async function add(entry: NewEntry) {
    const duplicate = findOpenNamed(openEntries, entry.name);
    if (duplicate) throw new Error(t('popup_errorDuplicate', duplicate.name));
    const closed = findClosedNamed(entries ?? [], entry.name);
    if (closed) {
      // A deal that comes back is the same prospect: reopen it (its history stays) with the new details.
      const { name: _sameName, ...details } = entry;
      const reopened = await callBackground('entries:update', { id: closed.id, changes: { ...details, status: 'open' } });
      replaceEntry(reopened);
      setQuery('');
      setNotice({ text: t('popup_reopenedFromAdd', reopened.name, t(closed.status === 'won' ? 'popup_wasWon' : 'popup_wasLost')) });
      return;
    }
    const stored = await callBackground('entries:add', { entry });
    setEntries((current) => [stored, ...(current ?? [])]);
    setQuery('');
    setNotice({ text: t('popup_added', stored.name) });
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
      <AddProspectForm name={query} onNameChange={setQuery} onAdd={add} />
      <Notice notice={notice} onDismiss={() => setNotice(null)} />
      {loadError && (
        <p class="error" role="alert">
          {loadError}
        </p>
      )}
      {entries === undefined && !loadError && <p class="empty">{t('common_loading')}</p>}
      {entries !== undefined && (
        <ProspectList
          entries={visible}
          openTotal={openEntries.length}
          query={query}
          today={today}
          onUpdate={update}
          onClose={close}
        />
      )}
      <PageStatus status={tabStatus} host={host} onSwitchSite={(off) => void switchSite(off)} />
      <WeekActivity summary={activity} />
      <footer class="popup-footer">
        <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup_openSettings')}
        </button>
      </footer>
    </main>
  );
}
