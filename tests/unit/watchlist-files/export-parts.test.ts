// An export written in pieces (for a Blob) is exactly the file written in one piece.
import { describe, expect, it } from 'vitest';
import { exportWatchlist, exportWatchlistParts } from '../../../utils/watchlist-files/export-file';
import type { ProspectEntry } from '../../../utils/model/watchlist';

const NOW = new Date('2026-11-27T09:00:00Z');

function entry(index: number, extra: Partial<ProspectEntry> = {}): ProspectEntry {
  return {
    id: `e${index}`,
    name: `Company ${index}`,
    status: 'open',
    source: { kind: 'own' },
    createdAt: 100 - index,
    updatedAt: 1,
    ...extra,
  };
}

const ENTRIES = [
  entry(1, { aliases: ['C1', 'Société'], note: 'Line one\nline two, "quoted"' }),
  entry(2, { status: 'won', domains: ['two.example'], guardUntil: '2027-01-31' }),
  entry(3, { note: '=SUM(A1)', matchCase: true }),
  entry(4, { source: { kind: 'team', listId: 'emea' }, contacts: ['jane@four.example'] }),
  entry(5),
];

describe.each(['json', 'csv'] as const)('an export as %s in pieces', (format) => {
  it.each([1, 2, 3, 5, 10])('joined from pieces of %i entries is the one-piece file', (perPart) => {
    const whole = exportWatchlist(ENTRIES, format, NOW);
    const pieces = exportWatchlistParts(ENTRIES, format, NOW, perPart);
    expect(pieces.fileName).toBe(whole.fileName);
    expect(pieces.parts.join('')).toBe(whole.text);
    expect(pieces.parts.length).toBeGreaterThanOrEqual(Math.ceil(ENTRIES.length / perPart));
  });

  it('of an empty list is the one-piece empty file', () => {
    expect(exportWatchlistParts([], format, NOW, 2).parts.join('')).toBe(exportWatchlist([], format, NOW).text);
  });
});

it('writes the one-piece JSON file with the entries oldest first and nothing lost', () => {
  const parsed = JSON.parse(exportWatchlistParts(ENTRIES, 'json', NOW, 2).parts.join('')) as { entries: { name: string }[] };
  expect(parsed.entries.map((item) => item.name)).toEqual(['Company 5', 'Company 4', 'Company 3', 'Company 2', 'Company 1']);
});
