// The row-level preview of an import file: each row as it would be written, with the column each
// value came from and its warnings, what is left out on purpose and what cannot be read.
import type { ImportReview, ImportReviewRow } from '../model/messages';
import { readImportRows } from '../watchlist-files/import-file';
import { ImportError } from '../watchlist-files/import-error';
import type { ColumnMapping, ReadRow } from '../watchlist-files/import-reading';

/** Rows shown in full; a 50,000-row file is summarised, its warned, left-out and bad rows all listed. */
export const IMPORT_REVIEW_ROWS = 200;
/** Beyond this many warned, left-out or bad rows, the file is surely not what the person meant. */
const MAX_LISTED = 2_000;

export function reviewImport(fileName: string, text: string, mapping?: ColumnMapping): ImportReview {
  let read: ReturnType<typeof readImportRows>;
  try {
    read = readImportRows(fileName, text, mapping);
  } catch (error) {
    if (error instanceof ImportError)
      return { kind: 'error', line: error.line, message: error.problem, ...(error.column === undefined ? {} : { column: error.column }) };
    throw error;
  }
  const { format, reading } = read;
  if (reading.kind === 'needs-mapping') {
    return { kind: 'needs-mapping', headerLine: reading.headerLine, headers: reading.headers, samples: reading.samples };
  }
  return {
    kind: 'rows',
    format,
    rows: reading.rows.slice(0, IMPORT_REVIEW_ROWS).map(reviewRow),
    rowCount: reading.rows.length,
    warned: reading.rows
      .filter((row) => row.warnings.length > 0)
      .slice(0, MAX_LISTED)
      .map(reviewRow),
    leftOut: reading.leftOut.slice(0, MAX_LISTED),
    bad: reading.bad.slice(0, MAX_LISTED),
  };
}

function reviewRow(row: ReadRow): ImportReviewRow {
  const { fields } = row.entry;
  return {
    line: row.line,
    name: fields.name,
    ...(fields.status ? { status: fields.status } : {}),
    aliases: fields.aliases ?? [],
    contacts: fields.contacts ?? [],
    domains: fields.domains ?? [],
    from: row.from,
    warnings: row.warnings,
  };
}
