// The activity log as CSV: when, where, which prospects, what the person chose. There is no
// message text to export: the log never holds any.
import type { ActivityRecord } from '../../utils/model/messages';

const HEADER = ['time', 'site', 'prospects', 'choice'];

export function activityToCsv(records: readonly ActivityRecord[]): string {
  const rows = records.map((record) => [new Date(record.at).toISOString(), record.site, record.entryNames.join('; '), record.choice]);
  return `${[HEADER, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** RFC 4180 quoting, and a leading apostrophe against spreadsheet formula injection. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function activityFileName(now: Date = new Date()): string {
  return `prospect-guard-activity-${now.toISOString().slice(0, 10)}.csv`;
}
