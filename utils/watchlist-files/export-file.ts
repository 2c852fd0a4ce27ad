// Names and writes an export file of the whole watchlist (every source, won and lost included).
import type { ProspectEntry } from '../model/watchlist';
import { exportWatchlistCsv } from './csv-format';
import { exportWatchlistJson } from './json-format';

export function exportWatchlist(entries: readonly ProspectEntry[], format: 'json' | 'csv', now: Date): { fileName: string; text: string } {
  // Oldest first, ties by id: a stable order without locale-aware comparisons (slow on 50,000).
  const sorted = [...entries].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const day = now.toISOString().slice(0, 10);
  return {
    fileName: `prospect-guard-watchlist-${day}.${format}`,
    text: format === 'json' ? exportWatchlistJson(sorted, now) : exportWatchlistCsv(sorted),
  };
}
