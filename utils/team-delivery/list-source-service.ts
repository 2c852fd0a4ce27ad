// Team list delivery, browser-free: the one store of list sources fed by file imports,
// subscriptions and the organisation's policy; conditional refreshes with backoff; and the
// protecting copies handed to the matcher. The background wires browser APIs to it.
import type { MatchableEntry } from '../matcher/types';
import { EMPTY_POLICY, type FetchState, type ListSourceRecord, type ListSourceStatus, type ManagedPolicy } from '../model/list-sources';
import type { DatabaseConnection } from '../store/database-connection';
import { deleteSource, listSources, readSource, saveSource } from '../store/list-source-repository';
import { judgeCopy } from './copy-acceptance';
import { fetchListCopy, hostOf, type FetchLike } from './fetch-copy';
import { sourceProtects, statusOf } from './list-status';
import { nextAttemptAfterAnswer, nextAttemptAfterFailure, refreshMinutesOf } from './refresh-schedule';
import type { HashedListInput, OpenedTeamList, TeamListCodec } from './team-list-codec';

export class ListSourceError extends Error {
  override readonly name = 'ListSourceError';
}

export interface ListSourceServiceOptions {
  /** The background's database connection (reopened when lost). */
  use: DatabaseConnection['use'];
  codec: TeamListCodec;
  fetch: FetchLike;
  /** Whether the extension holds host permission for the URL's origin (policy lists may not). */
  hasHostPermission: (url: string) => Promise<boolean>;
  now?: () => number;
  /** Called when what protects changed (a copy accepted, a list added, removed or set aside). */
  onProtectionChanged?: () => void;
  /** Where refusals and failures are logged besides the list's own status. */
  log?: (message: string) => void;
}

/** What the matcher compiles from the team lists. */
export interface TeamProtection {
  plainEntries: MatchableEntry[];
  hashedLists: HashedListInput[];
}

export type ListSourceService = ReturnType<typeof createListSourceService>;

export function createListSourceService(options: ListSourceServiceOptions) {
  const { use, codec } = options;
  const now = options.now ?? (() => Date.now());
  const log = options.log ?? (() => undefined);
  const changed = () => options.onProtectionChanged?.();
  let policy: ManagedPolicy = EMPTY_POLICY;
  // Opened copies by list id and version: re-checking a 100,000-entry signature once per change is waste.
  const opened = new Map<string, { version: number; list: OpenedTeamList }>();
  // One refresh per list at a time: an alarm and "Refresh now" may meet.
  const running = new Map<string, Promise<ListSourceStatus>>();

  async function mustRead(id: string): Promise<ListSourceRecord> {
    const record = await use((db) => readSource(db, id));
    if (!record) throw new ListSourceError(`There is no team list “${id}”.`);
    return record;
  }

  function remember(id: string, list: OpenedTeamList): void {
    opened.set(id, { version: list.version, list });
  }

  async function refreshNow(id: string): Promise<ListSourceStatus> {
    const record = await mustRead(id);
    if (!record.url)
      throw new ListSourceError(`The team list “${record.name}” was imported from a file; import a newer file to update it.`);
    const at = now();
    const minutes = refreshMinutesOf(record.refreshMinutes);
    const withHostPermission = record.origin === 'url' || (await options.hasHostPermission(record.url));
    const outcome = await fetchListCopy(options.fetch, record.url, record.fetch, { withHostPermission });
    const fetchState: FetchState = { ...record.fetch, failures: 0, lastAttemptAt: at };
    delete fetchState.problem;
    delete fetchState.blockedByCors;
    const next: ListSourceRecord = { ...record, fetch: fetchState };
    let protectionChanged = false;

    if (outcome.kind === 'failed') {
      fetchState.failures = (record.fetch?.failures ?? 0) + 1;
      fetchState.problem = outcome.message;
      if (outcome.blockedByCors) fetchState.blockedByCors = true;
      fetchState.nextAttemptAt = nextAttemptAfterFailure(at, fetchState.failures, minutes);
      log(`Team list “${record.name}”: ${outcome.message}`);
    } else {
      fetchState.lastCheckedAt = at;
      fetchState.nextAttemptAt = nextAttemptAfterAnswer(at, minutes);
      if (outcome.kind === 'copy') {
        if (outcome.etag) fetchState.etag = outcome.etag;
        else delete fetchState.etag;
        if (outcome.lastModified) fetchState.lastModified = outcome.lastModified;
        else delete fetchState.lastModified;
        // The same bytes as the copy in use: the browser's cache answered "not modified" for us.
        if (outcome.text !== record.copy?.text) {
          const judgement = await judgeCopy(
            codec,
            outcome.text,
            record.publicKey,
            hostOf(record.url),
            { id: record.id, name: record.name, ...(record.copy ? { current: record.copy } : {}) },
            at,
          );
          if (judgement.accepted) {
            next.copy = judgement.copy;
            delete next.lastRefusal;
            remember(record.id, judgement.opened);
            protectionChanged = sourceProtects(next, policy);
          } else {
            next.lastRefusal = {
              at,
              message: judgement.message,
              ...(judgement.version !== undefined ? { version: judgement.version } : {}),
            };
            // The server answered, but with nothing usable: not "checked".
            fetchState.lastCheckedAt = record.fetch?.lastCheckedAt ?? 0;
            if (!record.fetch?.lastCheckedAt) delete fetchState.lastCheckedAt;
            log(judgement.message);
          }
        }
      }
    }
    await use((db) => saveSource(db, next, protectionChanged));
    if (protectionChanged) changed();
    return statusOf(next, policy, now());
  }

  function refresh(id: string): Promise<ListSourceStatus> {
    const pending = running.get(id);
    if (pending) return pending;
    const run = refreshNow(id).finally(() => running.delete(id));
    running.set(id, run);
    return run;
  }

  return {
    /** Every list's status, policy lists first, then by name. */
    async statuses(): Promise<ListSourceStatus[]> {
      const at = now();
      const records = (await use(listSources)).filter((record) => !record.dismissed);
      const rank = (record: ListSourceRecord) => (record.origin === 'policy' ? 0 : 1);
      records.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
      return records.map((record) => statusOf(record, policy, at));
    },

    policy: () => policy,

    /** "Import team list": a signed file and its publisher's key. */
    async importFile(fileName: string, text: string, publicKey: string): Promise<ListSourceStatus> {
      if (!policy.allowPersonalLists) throw new ListSourceError('Your organisation’s policy does not allow adding team lists yourself.');
      const key = publicKey.trim();
      const at = now();
      const judgement = await judgeCopy(codec, text, key, `the file “${fileName}”`, {}, at);
      if (!judgement.accepted) throw new ListSourceError(judgement.message);
      const { opened: list, copy } = judgement;
      const existing = await use((db) => readSource(db, list.id));
      if (existing && existing.origin !== 'file') {
        const from = existing.origin === 'policy' ? 'your organisation’s policy' : `its subscription at ${hostOf(existing.url ?? '')}`;
        throw new ListSourceError(`The team list “${existing.name}” already comes from ${from}; its new versions arrive from there.`);
      }
      if (existing?.copy && list.version <= existing.copy.version) {
        throw new ListSourceError(
          `The file “${fileName}” holds version ${list.version} of “${existing.name}”, not newer than version ${existing.copy.version} already in use; nothing changed.`,
        );
      }
      const record: ListSourceRecord = {
        id: list.id,
        name: list.name,
        origin: 'file',
        publicKey: key,
        addedAt: existing?.addedAt ?? at,
        copy,
      };
      await use((db) => saveSource(db, record, true));
      remember(list.id, list);
      changed();
      return statusOf(record, policy, at);
    },

    /**
     * Subscribes to a URL (the settings page asked for its host permission first). The first
     * copy must be good: it gives the list its id and name.
     */
    async subscribe(url: string, publicKey: string, refreshMinutes?: number): Promise<ListSourceStatus> {
      if (!policy.allowPersonalLists) throw new ListSourceError('Your organisation’s policy does not allow adding team lists yourself.');
      if (!/^https?:$/.test(safeUrl(url)?.protocol ?? ''))
        throw new ListSourceError(`“${url}” is not a web address starting with https://.`);
      const key = publicKey.trim();
      const at = now();
      const outcome = await fetchListCopy(options.fetch, url, undefined, { withHostPermission: true });
      if (outcome.kind !== 'copy') {
        throw new ListSourceError(
          outcome.kind === 'failed'
            ? `${outcome.message} Nothing was added.`
            : `The server at ${hostOf(url)} sent no list. Nothing was added.`,
        );
      }
      const judgement = await judgeCopy(codec, outcome.text, key, hostOf(url), {}, at);
      if (!judgement.accepted) throw new ListSourceError(`${judgement.message} Nothing was added.`);
      const { opened: list, copy } = judgement;
      const existing = await use((db) => readSource(db, list.id));
      if (existing)
        throw new ListSourceError(`The team list “${existing.name}” is already here; remove it first to take it from ${hostOf(url)}.`);
      const minutes = refreshMinutesOf(refreshMinutes);
      const fetchState: FetchState = {
        failures: 0,
        lastAttemptAt: at,
        lastCheckedAt: at,
        nextAttemptAt: nextAttemptAfterAnswer(at, minutes),
      };
      if (outcome.etag) fetchState.etag = outcome.etag;
      if (outcome.lastModified) fetchState.lastModified = outcome.lastModified;
      const record: ListSourceRecord = {
        id: list.id,
        name: list.name,
        origin: 'url',
        publicKey: key,
        url,
        refreshMinutes: minutes,
        addedAt: at,
        copy,
        fetch: fetchState,
      };
      await use((db) => saveSource(db, record, true));
      remember(list.id, list);
      changed();
      return statusOf(record, policy, at);
    },

    /** "Refresh now", and the alarm's refresh of one list. */
    refresh,

    /** Fetches every subscription that is due (all of them with `all`); returns when the next is due. */
    async refreshDue(all = false): Promise<number | undefined> {
      const records = await use(listSources);
      const due = records.filter((record) => record.url && !record.dismissed && (all || (record.fetch?.nextAttemptAt ?? 0) <= now()));
      await Promise.all(due.map((record) => refresh(record.id).catch((error: unknown) => log(String(error)))));
      return nextDueAt();
    },

    nextDueAt,

    async remove(id: string): Promise<void> {
      const record = await mustRead(id);
      if (record.origin === 'policy') {
        if (policy.lockSettings)
          throw new ListSourceError(`The team list “${record.name}” is set by your organisation and cannot be removed.`);
        await use((db) => saveSource(db, { ...record, dismissed: true }, true));
      } else {
        await use((db) => deleteSource(db, id));
      }
      opened.delete(id);
      changed();
    },

    /** A new policy (at start, and on every storage.managed change): lists added, updated, dropped. */
    async applyPolicy(next: ManagedPolicy): Promise<void> {
      const before = policy;
      policy = next;
      const at = now();
      const records = await use(listSources);
      const byId = new Map(records.map((record) => [record.id, record]));
      const wanted = new Set(next.teamLists.map((list) => list.id));
      for (const list of next.teamLists) {
        const existing = byId.get(list.id);
        const record: ListSourceRecord = {
          ...existing,
          id: list.id,
          name: list.name,
          origin: 'policy',
          url: list.url,
          publicKey: list.publicKey,
          refreshMinutes: refreshMinutesOf(list.refreshMinutes),
          addedAt: existing?.addedAt ?? at,
        };
        const moved = existing?.url !== list.url || existing?.publicKey !== list.publicKey || existing.origin !== 'policy';
        // A new address or key: fetch at once, and forget the old server's validators.
        if (moved) record.fetch = { failures: 0, nextAttemptAt: at };
        await use((db) => saveSource(db, record, existing?.origin !== 'policy'));
      }
      for (const record of records) {
        if (record.origin === 'policy' && !wanted.has(record.id)) {
          await use((db) => deleteSource(db, record.id));
          opened.delete(record.id);
        }
      }
      if (before.allowPersonalLists !== next.allowPersonalLists || records.length > 0 || next.teamLists.length > 0) changed();
    },

    /** The protecting copies, opened, for the matcher. */
    async protection(): Promise<TeamProtection> {
      const plainEntries: MatchableEntry[] = [];
      const hashedLists: HashedListInput[] = [];
      for (const record of await use(listSources)) {
        if (!sourceProtects(record, policy)) continue;
        const list = await openCopy(record);
        if (!list) continue;
        if (list.kind === 'hashed' && list.hashed) hashedLists.push({ listId: record.id, listName: record.name, ...list.hashed });
        for (const entry of list.plainEntries ?? []) plainEntries.push({ ...entry, id: `team:${record.id}:${entry.id}` });
      }
      return { plainEntries, hashedLists };
    },
  };

  async function openCopy(record: ListSourceRecord): Promise<OpenedTeamList | undefined> {
    const copy = record.copy!;
    const cached = opened.get(record.id);
    if (cached && cached.version === copy.version) return cached.list;
    try {
      const list = await codec.open(copy.text, record.publicKey);
      remember(record.id, list);
      return list;
    } catch (error) {
      // Only a copy changed on disk after it was accepted gets here: it must not protect unseen.
      log(`The stored copy of “${record.name}” no longer verifies: ${String(error)}`);
      return undefined;
    }
  }

  async function nextDueAt(): Promise<number | undefined> {
    const times = (await use(listSources))
      .filter((record) => record.url && !record.dismissed)
      .map((record) => record.fetch?.nextAttemptAt ?? now());
    return times.length ? Math.min(...times) : undefined;
  }
}

function safeUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}
