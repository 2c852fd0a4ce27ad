// Reads an import file of either format, chosen by its extension or, failing that, its content.
import { parseWatchlistCsv } from './csv-format';
import { ImportError, type ImportedEntry } from './import-error';
import { parseWatchlistJson } from './json-format';

export type ImportFormat = 'json' | 'csv';

/** Far above a 50,000-entry export; beyond it the file is surely not a watchlist. */
export const MAX_IMPORT_CHARS = 64 * 1024 * 1024;

export function importFormatOf(fileName: string, text: string): ImportFormat {
  const extension = /\.([^.]+)$/.exec(fileName.trim().toLowerCase())?.[1];
  if (extension === 'json') return 'json';
  if (extension === 'csv' || extension === 'tsv' || extension === 'txt') return 'csv';
  return /^\uFEFF?\s*[{[]/.test(text) ? 'json' : 'csv';
}

export function readImportFile(fileName: string, text: string): { format: ImportFormat; entries: ImportedEntry[] } {
  if (text.length > MAX_IMPORT_CHARS) {
    throw new ImportError(1, `The file is larger than ${MAX_IMPORT_CHARS / 1024 / 1024} MB; split it into smaller files.`);
  }
  const format = importFormatOf(fileName, text);
  const entries = format === 'json' ? parseWatchlistJson(text.replace(/^\uFEFF/, '')) : parseWatchlistCsv(text);
  return { format, entries };
}
