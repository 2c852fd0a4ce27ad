// The words for a team list's source and state, shared by the popup and settings.
import type { ListOrigin, ListSourceStatus, ListState } from '../../utils/model/list-sources';
import { formatDateTime, t, type MessageKey } from '../i18n';

const STATE_WORDS: Record<ListState, MessageKey> = {
  'up-to-date': 'common_teamListStateUpToDate',
  stale: 'common_teamListStateStale',
  refused: 'common_teamListStateRefused',
  unreachable: 'common_teamListStateUnreachable',
  'blocked-by-cors': 'common_teamListStateBlockedByCors',
  waiting: 'common_teamListStateWaiting',
  'set-aside': 'common_teamListStateSetAside',
};

const ORIGIN_WORDS: Record<ListOrigin, MessageKey> = {
  file: 'common_teamListOriginFile',
  url: 'common_teamListOriginUrl',
  policy: 'common_teamListOriginPolicy',
};

export const stateWords = (state: ListState): string => t(STATE_WORDS[state]);
export const originWords = (origin: ListOrigin): string => t(ORIGIN_WORDS[origin]);

/** A state that needs the person's (or their IT's) attention. */
export const isTroubled = (status: ListSourceStatus): boolean => status.state !== 'up-to-date';

export const lastUpdateWords = (status: ListSourceStatus): string =>
  status.lastUpdatedAt ? formatDateTime(status.lastUpdatedAt) : t('common_teamListNeverUpdated');
