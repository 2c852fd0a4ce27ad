// What reading an import file gives, row by row, before anything is planned or written: the
// prospects read (with the column each value came from and what looks wrong), the lines left out
// on purpose (a report's title and footer), and the rows that cannot be read.
import type { ImportedEntry } from './import-error';
import { ImportError } from './import-error';
import { entryKey } from '../model/entry-identity';
import type { BadRow, FieldSources, LeftOutRow, RowWarning } from '../model/import-rows';

export { MAPPABLE_ROLES } from '../model/import-rows';
export type { BadRow, ColumnMapping, LeftOutReason, LeftOutRow, MappableRole, RowWarning } from '../model/import-rows';

export interface ReadRow {
  line: number;
  entry: ImportedEntry;
  /** The header (CSV) or property (JSON) each field was read from. */
  from: FieldSources;
  warnings: RowWarning[];
}

export type ImportReading =
  | { kind: 'rows'; headers: string[]; rows: ReadRow[]; leftOut: LeftOutRow[]; bad: BadRow[] }
  /** No column is recognised as the prospect name: the person maps the columns first. */
  | { kind: 'needs-mapping'; headerLine: number; headers: string[]; samples: string[][]; problem: string };

/**
 * The entries to import. Without `skipBadRows` a file with a bad row imports nothing (the first
 * bad row is the error); with it, the bad rows are left out and every other row is kept.
 */
export function entriesToImport(reading: ImportReading, skipBadRows: boolean): ImportedEntry[] {
  if (reading.kind === 'needs-mapping') throw new ImportError(reading.headerLine, reading.problem);
  const firstBad = reading.bad[0];
  if (firstBad && !skipBadRows) throw new ImportError(firstBad.line, firstBad.problem);
  return reading.rows.map((row) => row.entry);
}

const WORDS_IN_A_HEADING = 7;

/** Adds the warnings that need the whole file (duplicates) or only the name (text, not a company). */
export function warnRows(rows: ReadRow[]): void {
  const seen = new Set<string>();
  for (const row of rows) {
    const { name } = row.entry.fields;
    const key = entryKey({ name, source: row.entry.source });
    if (seen.has(key)) row.warnings.push('duplicate');
    seen.add(key);
    if (looksLikeText(name)) row.warnings.push('looks-like-text');
  }
}

/** A company name has no sentence end, colon or "(c)", and is not a long run of words. */
function looksLikeText(name: string): boolean {
  return /[:.!?]$|:\s|\(c\)|©/i.test(name) || name.split(/\s+/).length >= WORDS_IN_A_HEADING;
}
