// The false-positive report for the list owner: each prospect a person said was "Not a prospect
// here" (or sent anyway as "not this company"), how often and on which sites. Built from the
// activity log, so it holds no message text either.
import type { ActivityRecord } from '../../utils/model/messages';
import { toCsv } from './activity-csv';

export interface FalseAlarm {
  entryId: string;
  /** The name last recorded for this prospect. */
  name: string;
  count: number;
  /** Hostnames, in the order first seen. */
  sites: string[];
  lastAt: number;
}

/** True when a record says the caution was wrong about its prospects. */
function isFalseAlarm(record: ActivityRecord): boolean {
  return record.choice === 'ignored' || (record.choice === 'sent-anyway' && record.reason === 'not-this-company');
}

/** One line per prospect, most reported first (then by name). */
export function falseAlarmReport(records: readonly ActivityRecord[]): FalseAlarm[] {
  const byEntry = new Map<string, FalseAlarm>();
  for (const record of records) {
    if (!isFalseAlarm(record)) continue;
    record.entryIds.forEach((entryId, index) => {
      const name = record.entryNames[index] ?? entryId;
      const alarm = byEntry.get(entryId);
      if (!alarm) {
        byEntry.set(entryId, { entryId, name, count: 1, sites: [record.site], lastAt: record.at });
        return;
      }
      alarm.count += 1;
      if (!alarm.sites.includes(record.site)) alarm.sites.push(record.site);
      if (record.at >= alarm.lastAt) {
        alarm.lastAt = record.at;
        alarm.name = name;
      }
    });
  }
  return [...byEntry.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** The report as CSV for the list owner: name, how often, sites, last time. */
export function falseAlarmsToCsv(alarms: readonly FalseAlarm[]): string {
  const rows = alarms.map((alarm) => [alarm.name, String(alarm.count), alarm.sites.join('; '), new Date(alarm.lastAt).toISOString()]);
  return toCsv([['prospect', 'times', 'sites', 'last'], ...rows]);
}

export function falseAlarmFileName(now: Date = new Date()): string {
  return `prospect-guard-false-alarms-${now.toISOString().slice(0, 10)}.csv`;
}
