// The activity log as CSV: when, where, which prospects, what the person chose (and why, when
// they said). There is no message text to export: the log never holds any.
import type { ActivityRecord } from '../../utils/model/messages';

const HEADER = ['time', 'site', 'prospects', 'choice'];

export function activityToCsv(records: readonly ActivityRecord[]): string {
  // The reason column shows only once someone gave a reason: older logs export as they always did.
  const withReason = records.some((record) => record.reason !== undefined);
  const header = withReason ? [...HEADER, 'reason'] : HEADER;
  const rows = records.map((record) => {
    const row = [new Date(record.at).toISOString(), record.site, record.entryNames.join('; '), record.choice];
    return withReason ? [...row, record.reason ?? ''] : row;
  });
  return toCsv([header, ...rows]);
}

/** Rows of cells as RFC 4180 CSV with CRLF line ends. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** RFC 4180 quoting, and a leading apostrophe against spreadsheet formula injection. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function activityFileName(now: Date = new Date()): string {
  return `prospect-guard-activity-${now.toISOString().slice(0, 10)}.csv`;
}
