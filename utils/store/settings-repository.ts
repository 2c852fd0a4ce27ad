// Settings live in the same database as the watchlist: one place to erase, one schema history.
import * as v from 'valibot';
import type { Settings } from '../model/settings';
import { SETTINGS_KEY, type WatchlistDb } from './database';
import { firstIssueMessage } from '../model/entry-rules';
import { completeSettings, SettingsSchema } from '../model/settings-rules';
import { bumpRevisionIn } from './revision';

export class SettingsError extends Error {
  override readonly name = 'SettingsError';
}

export async function readSettings(db: WatchlistDb): Promise<Settings> {
  return completeSettings(await db.get('settings', SETTINGS_KEY));
}

/** Validates, normalises and saves; returns what was saved. */
export async function writeSettings(db: WatchlistDb, input: unknown): Promise<Settings> {
  const parsed = v.safeParse(SettingsSchema, input);
  if (!parsed.success) throw new SettingsError(firstIssueMessage(parsed.issues));
  const settings: Settings = parsed.output;
  const tx = db.transaction(['settings', 'meta'], 'readwrite');
  await tx.objectStore('settings').put(settings, SETTINGS_KEY);
  // What tabs are given depends on the settings too: a new revision tells them it changed.
  await bumpRevisionIn(tx.objectStore('meta'));
  await tx.done;
  return settings;
}
