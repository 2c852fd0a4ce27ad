// Names and writes an export file of the whole watchlist (every source, won and lost included).
import type { ProspectEntry } from '../model/watchlist';
import { exportWatchlistCsv } from './csv-format';
import { exportWatchlistJson } from './json-format';

export type ExportFormat = 'json' | 'csv';

/** Entries per part: each part stays a few MB even when every note is at its 10,000-character limit. */
export const EXPORT_PART_ENTRIES = 1_000;

export function exportWatchlist(entries: readonly ProspectEntry[], format: ExportFormat, now: Date): { fileName: string; text: string } {
  const { fileName, parts } = exportWatchlistParts(entries, format, now, Number.POSITIVE_INFINITY);
  return { fileName, text: parts.join('') };
}

/**
 * The same file as consecutive pieces of text, for a Blob: 200,000 entries with long notes make a
 * file larger than the longest string a browser can hold, and one string would double the memory.
 */
export function exportWatchlistParts(
  entries: readonly ProspectEntry[],
  format: ExportFormat,
  now: Date,
  entriesPerPart = EXPORT_PART_ENTRIES,
): { fileName: string; parts: string[] } {
  // Oldest first, ties by id: a stable order without locale-aware comparisons (slow on 50,000).
  const sorted = [...entries].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const chunks: ProspectEntry[][] = [];
  for (let start = 0; start < sorted.length; start += entriesPerPart) chunks.push(sorted.slice(start, start + entriesPerPart));
  const day = now.toISOString().slice(0, 10);
  return {
    fileName: `prospect-guard-watchlist-${day}.${format}`,
    parts: format === 'json' ? jsonParts(chunks, now) : csvParts(chunks),
  };
}

// Each piece is cut out of what the format's own writer gives for a chunk, so the pieces joined
// are exactly the one-piece file (tests/unit/watchlist-files/export-parts.test.ts checks it).

function csvParts(chunks: readonly ProspectEntry[][]): string[] {
  const empty = exportWatchlistCsv([]);
  if (chunks.length === 0) return [empty];
  const texts = chunks.map((chunk) => exportWatchlistCsv(chunk));
  // What every chunk starts with (byte-order mark and header row): kept in the first piece only.
  // Measured against the empty file, which ends its header differently from a file with rows.
  const header = commonPrefixLength(empty, texts[0]!);
  return texts.map((text, index) => (index === 0 ? text : text.slice(header)));
}

function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

function jsonParts(chunks: readonly ProspectEntry[][], now: Date): string[] {
  const empty = exportWatchlistJson([], now);
  if (chunks.length === 0) return [empty];
  // An empty list is written `"entries": []`; a full one `"entries": [` items `\n  ]`.
  const opening = empty.indexOf('[]') + 1;
  const before = empty.slice(0, opening);
  const after = empty.slice(opening + 1);
  const closing = `\n  ]${after}`;
  const items = chunks.map((chunk, index) => {
    const text = exportWatchlistJson(chunk, now);
    return (index === 0 ? '' : ',') + text.slice(opening, text.length - closing.length);
  });
  return [before, ...items, closing];
}
