// What a team list's line says, from its record: the four states a person is told about.
import { describe, expect, it } from 'vitest';
import { EMPTY_POLICY, type ListSourceRecord } from '../../../utils/model/list-sources';
import { stateOf } from '../../../utils/team-delivery/list-status';
import { nextAttemptAfterFailure, refreshMinutesOf } from '../../../utils/team-delivery/refresh-schedule';

const NOW = Date.UTC(2026, 10, 27, 12);
const MINUTE = 60_000;
const copy = {
  text: '{}',
  version: 3,
  kind: 'hashed' as const,
  entryCount: 10,
  listName: 'Sales EMEA',
  acceptedAt: NOW - 30 * MINUTE,
  expiresAt: '2027-01-31',
};
const subscription: ListSourceRecord = {
  id: 'sales-emea',
  name: 'Sales EMEA',
  origin: 'url',
  publicKey: 'k',
  url: 'https://lists.example.com/emea.json',
  refreshMinutes: 60,
  addedAt: NOW - 90 * MINUTE,
  copy,
  fetch: { failures: 0, lastCheckedAt: NOW - 10 * MINUTE },
};

describe('a team list’s state', () => {
  it.each<[string, string, ListSourceRecord]>([
    ['checked within its interval', 'up-to-date', subscription],
    [
      'not checked for two intervals',
      'stale',
      { ...subscription, copy: { ...copy, acceptedAt: NOW - 200 * MINUTE }, fetch: { failures: 0, lastCheckedAt: NOW - 121 * MINUTE } },
    ],
    ['past its expiry day', 'stale', { ...subscription, copy: { ...copy, expiresAt: '2026-11-26' } }],
    ['failing to fetch', 'unreachable', { ...subscription, fetch: { failures: 2, lastCheckedAt: NOW - 10 * MINUTE, problem: 'HTTP 500' } }],
    ['blocked by a missing CORS header', 'blocked-by-cors', { ...subscription, fetch: { failures: 1, blockedByCors: true } }],
    ['refused after its last good check', 'refused', { ...subscription, lastRefusal: { at: NOW - MINUTE, message: 'signature' } }],
    ['refused before a later good check', 'up-to-date', { ...subscription, lastRefusal: { at: NOW - 20 * MINUTE, message: 'signature' } }],
    ['a policy list with no copy yet', 'waiting', { ...subscription, origin: 'policy', copy: undefined, fetch: { failures: 0 } }],
    [
      'a file list never goes stale by time',
      'up-to-date',
      { ...subscription, origin: 'file', url: undefined, fetch: undefined, copy: { ...copy, acceptedAt: NOW - 400 * 24 * 60 * MINUTE } },
    ],
  ])('is %s → %s', (_case, state, record) => {
    expect(stateOf(record, EMPTY_POLICY, NOW)).toBe(state);
  });

  it('is set aside when the policy forbids personal lists, but a policy list is not', () => {
    const policy = { ...EMPTY_POLICY, allowPersonalLists: false };
    expect(stateOf(subscription, policy, NOW)).toBe('set-aside');
    expect(stateOf({ ...subscription, origin: 'policy' }, policy, NOW)).toBe('up-to-date');
  });
});

describe('refresh timing', () => {
  it('defaults to 60 minutes and never goes under 15', () => {
    expect([refreshMinutesOf(undefined), refreshMinutesOf(5), refreshMinutesOf(240)]).toEqual([60, 15, 240]);
  });

  it('backs off 1, 2, 4, 8, 16 minutes after failures, never past the refresh interval', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7].map((failures) => (nextAttemptAfterFailure(0, failures, 30) - 0) / MINUTE);
    expect(delays).toEqual([1, 2, 4, 8, 16, 30, 30]);
  });
});
