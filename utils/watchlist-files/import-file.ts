// Reads an import file of either format, chosen by its extension or, failing that, its content.
import { readWatchlistCsv } from './csv-format';
import { ImportError, type ImportedEntry } from './import-error';
import { entriesToImport, type ColumnMapping, type ImportReading } from './import-reading';
import { readWatchlistJson } from './json-format';

export type ImportFormat = 'json' | 'csv';

/** Far above a 50,000-entry export; beyond it the file is surely not a watchlist. */
export const MAX_IMPORT_CHARS = 64 * 1024 * 1024;

export function importFormatOf(fileName: string, text: string): ImportFormat {
  const extension = /\.([^.]+)$/.exec(fileName.trim().toLowerCase())?.[1];
  if (extension === 'json') return 'json';
  if (extension === 'csv' || extension === 'tsv' || extension === 'txt') return 'csv';
  return /^\uFEFF?\s*[{[]/.test(text) ? 'json' : 'csv';
}

export interface ImportOptions {
  /** The person's choice of columns, for a CSV file whose headers are not recognised. */
  mapping?: ColumnMapping;
  /** Leave out rows that cannot be read and import the others (else any bad row refuses the file). */
  skipBadRows?: boolean;
}

/** Reads an import file row by row, without deciding yet what is imported. */
export function readImportRows(fileName: string, text: string, mapping?: ColumnMapping): { format: ImportFormat; reading: ImportReading } {
  if (text.length > MAX_IMPORT_CHARS) {
    throw new ImportError(1, `The file is larger than ${MAX_IMPORT_CHARS / 1024 / 1024} MB; split it into smaller files.`);
  }
  const format = importFormatOf(fileName, text);
  const reading = format === 'json' ? readWatchlistJson(text.replace(/^\uFEFF/, '')) : readWatchlistCsv(text, mapping);
  return { format, reading };
}

export function readImportFile(
  fileName: string,
  text: string,
  options: ImportOptions = {},
): { format: ImportFormat; entries: ImportedEntry[] } {
  const { format, reading } = readImportRows(fileName, text, options.mapping);
  return { format, entries: entriesToImport(reading, options.skipBadRows ?? false) };
}
