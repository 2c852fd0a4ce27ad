// The runtime-message protocol between the background (which owns the store) and the
// content script, popup and options page. Types only: the wire format in one place.
import type { ProspectEntry } from './watchlist';
import type { Settings } from './settings';

/** The compact, serialisable compiled matcher the background ships to tabs (never the raw list). */
export type CompiledMatcherPayload = unknown;

/** What a tab needs to protect a page. */
export interface PageProtection {
  /** False when the extension is off, or the site is quiet or switched off. */
  active: boolean;
  compiled: CompiledMatcherPayload;
  /** Changes whenever the watchlist changes. */
  revision: number;
  salesTeam: Settings['salesTeam'];
}

/** What a person chose at a caution: for the activity log (never the message text). */
export type CautionChoice = 'shown' | 'sent-anyway' | 'reviewed' | 'ignored';

export interface ActivityRecord {
  at: number;
  site: string;
  entryIds: string[];
  choice: CautionChoice;
}

/** Requests to the background; `type` names the request. Responses in ResponseOf. */
export type BackgroundRequest =
  | { type: 'page:protection'; url: string }
  | { type: 'page:editor-found'; url: string; editor: string }
  | { type: 'activity:record'; record: Omit<ActivityRecord, 'at'> }
  | { type: 'entries:list' }
  | { type: 'entries:add'; entry: Omit<ProspectEntry, 'id' | 'createdAt' | 'updatedAt' | 'source'> }
  | { type: 'entries:update'; id: string; changes: Partial<Omit<ProspectEntry, 'id' | 'source' | 'createdAt'>> }
  | { type: 'entries:delete'; ids: string[] }
  | { type: 'settings:get' }
  | { type: 'settings:set'; settings: Settings };

/** Pushed by the background to every tab when the list or settings change. */
export type TabPush = { type: 'protection:update'; protection: PageProtection };
