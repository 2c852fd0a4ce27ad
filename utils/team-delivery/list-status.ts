// What a list's line in the popup and settings says: its state and figures, never an entry.
import type { ListSourceRecord, ListSourceStatus, ListState, ManagedPolicy } from '../model/list-sources';
import { refreshMinutesOf } from './refresh-schedule';

const MINUTE = 60_000;

/** Whether a source's copy protects now: not dismissed, and not a personal list the policy sets aside. */
export function sourceProtects(record: ListSourceRecord, policy: ManagedPolicy): boolean {
  if (!record.copy || record.dismissed) return false;
  return record.origin === 'policy' || policy.allowPersonalLists;
}

export function stateOf(record: ListSourceRecord, policy: ManagedPolicy, now: number): ListState {
  if (record.origin !== 'policy' && !policy.allowPersonalLists) return 'set-aside';
  const fetchState = record.fetch;
  const lastGood = Math.max(record.copy?.acceptedAt ?? 0, fetchState?.lastCheckedAt ?? 0);
  if (record.lastRefusal && record.lastRefusal.at >= lastGood) return 'refused';
  if (fetchState && fetchState.failures > 0) return fetchState.blockedByCors ? 'blocked-by-cors' : 'unreachable';
  if (!record.copy) return 'waiting';
  if (record.copy.expiresAt && Date.parse(`${record.copy.expiresAt}T23:59:59.999Z`) < now) return 'stale';
  // A subscription not confirmed for two refresh intervals (the browser was asleep, alarms late).
  if (record.url && now - lastGood > 2 * refreshMinutesOf(record.refreshMinutes) * MINUTE) return 'stale';
  return 'up-to-date';
}

export function statusOf(record: ListSourceRecord, policy: ManagedPolicy, now: number): ListSourceStatus {
  const state = stateOf(record, policy, now);
  const status: ListSourceStatus = {
    id: record.id,
    name: record.name,
    origin: record.origin,
    state,
    entryCount: record.copy?.entryCount ?? 0,
    removable: record.origin !== 'policy' || !policy.lockSettings,
    refreshable: record.url !== undefined,
  };
  if (record.url) status.url = record.url;
  if (record.copy) {
    status.kind = record.copy.kind;
    status.version = record.copy.version;
  }
  const lastUpdatedAt = Math.max(record.copy?.acceptedAt ?? 0, record.fetch?.lastCheckedAt ?? 0);
  if (lastUpdatedAt > 0) status.lastUpdatedAt = lastUpdatedAt;
  const problem = state === 'refused' ? record.lastRefusal?.message : record.fetch?.problem;
  if (problem && (state === 'refused' || state === 'unreachable' || state === 'blocked-by-cors')) status.problem = problem;
  return status;
}
